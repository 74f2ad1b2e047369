-- 0002: platform services: files, jobs, scheduler, notifications and email, password resets,
-- search terms, the calendar, indicators and enrolment. Same conventions as 0001.

-- Files. The bytes live once per content under ATGT_FILES_DIR/<sha[0:2]>/<sha256>; a row is one
-- attachment of those bytes to one object (owner_kind, owner_id). Download access is the access
-- to the owner. A blob no live row references is collected by the scheduler.
CREATE TABLE files (
  id @PK@,
  sha256 TEXT NOT NULL,
  size BIGINT NOT NULL,
  mime TEXT NOT NULL,
  name TEXT NOT NULL,
  owner_kind TEXT NOT NULL CHECK (owner_kind IN ('upload', 'unit', 'job_input', 'job_result')),
  owner_id BIGINT NOT NULL,
  uploaded_by BIGINT REFERENCES users (id),
  uploaded_at BIGINT NOT NULL,
  deleted_at BIGINT
);
CREATE INDEX files_owner ON files (owner_kind, owner_id);
CREATE INDEX files_sha ON files (sha256);

-- Jobs: long work with progress. A running job's heartbeat is refreshed by its runner; a job
-- whose runner stopped (restart, crash) is marked failed and may be retried.
CREATE TABLE jobs (
  id @PK@,
  kind TEXT NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('queued', 'running', 'done', 'failed')),
  user_id BIGINT NOT NULL REFERENCES users (id),
  unit_id BIGINT REFERENCES units (id),
  params TEXT NOT NULL DEFAULT '{}',
  input_file_id BIGINT REFERENCES files (id),
  percent INTEGER NOT NULL DEFAULT 0,
  rows_done BIGINT NOT NULL DEFAULT 0,
  rows_total BIGINT,
  step TEXT,
  result TEXT,
  result_file_id BIGINT REFERENCES files (id),
  error TEXT,
  attempts INTEGER NOT NULL DEFAULT 0,
  runner TEXT,
  heartbeat_at BIGINT,
  created_at BIGINT NOT NULL,
  started_at BIGINT,
  finished_at BIGINT
);
CREATE INDEX jobs_user ON jobs (user_id, id);
CREATE INDEX jobs_status ON jobs (status, id);

-- Scheduler: one row per timed task. A process runs a due task only after taking its lease
-- (an UPDATE that succeeds for one process only).
CREATE TABLE scheduler_tasks (
  name TEXT PRIMARY KEY,
  every_seconds BIGINT,
  daily_at TEXT,
  enabled INTEGER NOT NULL DEFAULT 1,
  next_run_at BIGINT NOT NULL,
  lease_owner TEXT,
  lease_until BIGINT,
  last_run_at BIGINT,
  last_status TEXT,
  CHECK ((every_seconds IS NULL) <> (daily_at IS NULL))
);

CREATE TABLE scheduler_runs (
  id @PK@,
  task TEXT NOT NULL,
  instance TEXT NOT NULL,
  started_at BIGINT NOT NULL,
  finished_at BIGINT,
  status TEXT NOT NULL CHECK (status IN ('running', 'ok', 'failed')),
  summary TEXT
);
CREATE INDEX scheduler_runs_task ON scheduler_runs (task, id);

-- Notifications: templates (data, editable), the in-app list, per-user email preference and
-- the email outbox (retried until sent; nothing is lost while the SMTP server is down).
CREATE TABLE notification_templates (
  code TEXT PRIMARY KEY,
  title TEXT NOT NULL,
  body TEXT NOT NULL,
  email_subject TEXT NOT NULL,
  email_body TEXT NOT NULL,
  source TEXT,
  updated_at BIGINT NOT NULL,
  updated_by BIGINT
);

CREATE TABLE notifications (
  id @PK@,
  user_id BIGINT NOT NULL REFERENCES users (id),
  template TEXT NOT NULL,
  title TEXT NOT NULL,
  body TEXT NOT NULL,
  link TEXT,
  entity TEXT,
  entity_id TEXT,
  created_at BIGINT NOT NULL,
  read_at BIGINT,
  email_state TEXT NOT NULL DEFAULT 'none' CHECK (email_state IN ('none', 'queued', 'digest', 'digested'))
);
CREATE INDEX notifications_user ON notifications (user_id, id);
CREATE INDEX notifications_unread ON notifications (user_id, read_at);
CREATE INDEX notifications_digest ON notifications (email_state, user_id);

CREATE TABLE notification_prefs (
  user_id BIGINT PRIMARY KEY REFERENCES users (id),
  email_mode TEXT NOT NULL CHECK (email_mode IN ('off', 'immediate', 'daily')),
  updated_at BIGINT NOT NULL
);

CREATE TABLE email_outbox (
  id @PK@,
  kind TEXT NOT NULL,
  user_id BIGINT REFERENCES users (id),
  to_addr TEXT NOT NULL,
  subject TEXT NOT NULL,
  body TEXT NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('pending', 'sent', 'failed')),
  attempts INTEGER NOT NULL DEFAULT 0,
  next_attempt_at BIGINT NOT NULL,
  last_error TEXT,
  created_at BIGINT NOT NULL,
  sent_at BIGINT
);
CREATE INDEX email_outbox_due ON email_outbox (status, next_attempt_at);

-- Password reset links: only the hash of the token is kept; single use, expiring.
CREATE TABLE password_resets (
  id @PK@,
  user_id BIGINT NOT NULL REFERENCES users (id),
  token_hash TEXT NOT NULL UNIQUE,
  created_at BIGINT NOT NULL,
  expires_at BIGINT NOT NULL,
  used_at BIGINT,
  ip TEXT
);
CREATE INDEX password_resets_user ON password_resets (user_id);

-- Search: accent- and case-folded words of names, one row per (entity, id, word); prefix
-- lookups use the (term) index on both databases.
CREATE TABLE search_terms (
  entity TEXT NOT NULL,
  entity_id BIGINT NOT NULL,
  term TEXT NOT NULL,
  PRIMARY KEY (entity, entity_id, term)
);
CREATE INDEX search_terms_term ON search_terms (term, entity);

-- The calendar. A school year runs from its teaching start to the day before the next year's
-- teaching start (a summer date belongs to the year just ended). Holidays are data per year.
CREATE TABLE school_years (
  code TEXT PRIMARY KEY,
  teaching_from TEXT NOT NULL,
  teaching_to TEXT NOT NULL,
  semester2_from TEXT NOT NULL,
  peak_from TEXT NOT NULL,
  peak_to TEXT NOT NULL,
  source TEXT,
  note TEXT,
  updated_at BIGINT NOT NULL
);

CREATE TABLE holidays (
  day TEXT PRIMARY KEY,
  kind TEXT NOT NULL CHECK (kind IN ('holiday', 'day_off', 'working_day')),
  name TEXT NOT NULL,
  source TEXT,
  flags TEXT NOT NULL DEFAULT '',
  updated_at BIGINT NOT NULL
);

-- Indicators: the catalogue (the computation is data the product executes) and enrolment, the
-- denominator of per-student rates.
CREATE TABLE indicators (
  code TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  unit TEXT NOT NULL,
  rollup TEXT NOT NULL CHECK (rollup IN ('sum', 'ratio', 'distinct')),
  computation TEXT NOT NULL,
  description TEXT,
  source TEXT,
  sort_order INTEGER NOT NULL DEFAULT 0,
  updated_at BIGINT NOT NULL,
  updated_by BIGINT
);

CREATE TABLE enrolments (
  unit_id BIGINT NOT NULL REFERENCES units (id),
  school_year TEXT NOT NULL,
  level TEXT NOT NULL CHECK (level IN ('preschool', 'primary', 'lower_secondary', 'upper_secondary', 'continuing', 'vocational')),
  students BIGINT NOT NULL CHECK (students >= 0),
  source TEXT NOT NULL CHECK (source IN ('import', 'roster')),
  updated_at BIGINT NOT NULL,
  updated_by BIGINT,
  PRIMARY KEY (unit_id, school_year, level)
);
CREATE INDEX enrolments_year ON enrolments (school_year);

-- Settings with defaults an administrator may change.
INSERT INTO settings (key, value) VALUES ('calendar.statistical_year_start', '12-15');
INSERT INTO settings (key, value) VALUES ('retention.personal_data_days', '1095');
