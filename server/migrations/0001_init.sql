-- 0001: the foundation schema: organisation registry, accounts, sessions, tokens, throttling,
-- audit log. Dialect macros: @PK@ (integer identity primary key), @REAL@ (double).
-- Times are BIGINT microseconds since the epoch (UTC); plain dates are 'YYYY-MM-DD' TEXT;
-- '1900-01-01' as valid_from means "since before our records".

CREATE TABLE unit_types (
  code TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  side TEXT NOT NULL CHECK (side IN ('education', 'police', 'other')),
  level TEXT NOT NULL CHECK (level IN ('city', 'section', 'district', 'commune', 'school')),
  sort_order INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE units (
  id @PK@,
  code TEXT NOT NULL UNIQUE,
  created_at BIGINT NOT NULL
);

CREATE TABLE unit_versions (
  id @PK@,
  unit_id BIGINT NOT NULL REFERENCES units (id),
  valid_from TEXT NOT NULL,
  valid_to TEXT,
  name TEXT NOT NULL,
  name_fold TEXT NOT NULL,
  short_name TEXT,
  type TEXT NOT NULL REFERENCES unit_types (code),
  parent_id BIGINT REFERENCES units (id),
  address TEXT,
  latitude @REAL@,
  longitude @REAL@,
  phone TEXT,
  email TEXT,
  flags TEXT NOT NULL DEFAULT '',
  source TEXT,
  note TEXT,
  UNIQUE (unit_id, valid_from),
  CHECK (valid_to IS NULL OR valid_to >= valid_from)
);
CREATE INDEX unit_versions_dates ON unit_versions (valid_from, valid_to);
CREATE INDEX unit_versions_parent ON unit_versions (parent_id, valid_from);
CREATE INDEX unit_versions_fold ON unit_versions (name_fold);

CREATE TABLE unit_events (
  id @PK@,
  ext_id TEXT UNIQUE,
  kind TEXT NOT NULL CHECK (kind IN ('create', 'rename', 'move', 'merge', 'split', 'dissolve')),
  effective_date TEXT NOT NULL,
  flags TEXT NOT NULL DEFAULT '',
  source TEXT,
  note TEXT,
  created_at BIGINT NOT NULL,
  created_by BIGINT
);
CREATE INDEX unit_events_date ON unit_events (effective_date);

CREATE TABLE unit_event_links (
  event_id BIGINT NOT NULL REFERENCES unit_events (id),
  unit_id BIGINT NOT NULL REFERENCES units (id),
  role TEXT NOT NULL CHECK (role IN ('subject', 'predecessor', 'successor')),
  partial INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY (event_id, unit_id, role)
);
CREATE INDEX unit_event_links_unit ON unit_event_links (unit_id);

CREATE TABLE users (
  id @PK@,
  login TEXT NOT NULL UNIQUE,
  full_name TEXT NOT NULL,
  name_fold TEXT NOT NULL,
  email TEXT,
  unit_id BIGINT NOT NULL REFERENCES units (id),
  password_hash TEXT NOT NULL,
  must_change_password INTEGER NOT NULL DEFAULT 0,
  disabled INTEGER NOT NULL DEFAULT 0,
  created_at BIGINT NOT NULL,
  updated_at BIGINT NOT NULL,
  last_login_at BIGINT,
  password_changed_at BIGINT
);
CREATE INDEX users_unit ON users (unit_id);
CREATE INDEX users_fold ON users (name_fold);

CREATE TABLE user_roles (
  user_id BIGINT NOT NULL REFERENCES users (id),
  role TEXT NOT NULL,
  PRIMARY KEY (user_id, role)
);

CREATE TABLE sessions (
  id_hash TEXT PRIMARY KEY,
  user_id BIGINT NOT NULL REFERENCES users (id),
  csrf_token TEXT NOT NULL,
  created_at BIGINT NOT NULL,
  last_seen_at BIGINT NOT NULL,
  ip TEXT
);
CREATE INDEX sessions_user ON sessions (user_id);

CREATE TABLE api_tokens (
  id @PK@,
  user_id BIGINT NOT NULL REFERENCES users (id),
  name TEXT NOT NULL,
  token_hash TEXT NOT NULL UNIQUE,
  unit_id BIGINT NOT NULL REFERENCES units (id),
  scopes TEXT NOT NULL,
  created_at BIGINT NOT NULL,
  expires_at BIGINT,
  revoked_at BIGINT,
  last_used_at BIGINT
);
CREATE INDEX api_tokens_user ON api_tokens (user_id);

CREATE TABLE login_attempts (
  id @PK@,
  login TEXT NOT NULL,
  ip TEXT NOT NULL,
  at BIGINT NOT NULL,
  success INTEGER NOT NULL
);
CREATE INDEX login_attempts_login ON login_attempts (login, at);
CREATE INDEX login_attempts_ip ON login_attempts (ip, at);

CREATE TABLE audit_log (
  id @PK@,
  at BIGINT NOT NULL,
  user_id BIGINT,
  ip TEXT,
  action TEXT NOT NULL,
  entity TEXT NOT NULL,
  entity_id TEXT,
  batch_id TEXT,
  changes TEXT NOT NULL DEFAULT '{}',
  redacted INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX audit_log_entity ON audit_log (entity, entity_id);
CREATE INDEX audit_log_user ON audit_log (user_id, at);
CREATE INDEX audit_log_at ON audit_log (at);

CREATE TABLE settings (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL
);
