-- 0004: the permission model of issue 7. Same conventions as 0001.
-- Which roles each unit type may hold (loaded from data/org/role_unit_types.csv into an empty
-- table; an administrator's edits are kept).
CREATE TABLE role_unit_types (
  role TEXT NOT NULL,
  unit_type TEXT NOT NULL,
  note TEXT,
  PRIMARY KEY (role, unit_type)
);
-- kind: 'person' (logs in with a password) or 'service' (a unit's account for machine clients:
-- no password, cannot log in, owns API tokens). published_password: the account still has a
-- password published in the repository (demo accounts); `atgt serve` refuses to start without
-- ATGT_DEMO=1 while one exists.
ALTER TABLE users ADD COLUMN kind TEXT NOT NULL DEFAULT 'person';
ALTER TABLE users ADD COLUMN published_password INTEGER NOT NULL DEFAULT 0;
-- Every token expires within a year of its creation.
UPDATE api_tokens SET expires_at = created_at + 31536000000000 WHERE expires_at IS NULL;
-- A file may expire (the initial passwords of a users import: 72 hours at most); the retention
-- task soft-deletes it then, and the collector removes its bytes.
ALTER TABLE files ADD COLUMN expires_at BIGINT;
-- Password-reset requests are queued and handled by a scheduled task after the answer, so the
-- public endpoint does the same work whether or not the login exists.
CREATE TABLE password_reset_queue (
  id @PK@,
  login TEXT NOT NULL,
  ip TEXT NOT NULL,
  at BIGINT NOT NULL
);
