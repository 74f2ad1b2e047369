-- 0016: requests of parents (or guardians) about their child's personal data (issue 12, privacy):
-- to see it, correct it, delete it, object to a processing. The kinds and their answer deadlines
-- are data (data/reference/privacy/request_kinds.csv, loaded into the empty table; an
-- administrator edits them when the law changes); each request is recorded by the child's school
-- with the deadline computed on the day it was received, and answered (or refused, with the reason)
-- by the school's management.
CREATE TABLE privacy_request_kinds (
  code TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  deadline_days INTEGER NOT NULL CHECK (deadline_days BETWEEN 1 AND 90),
  working_days INTEGER NOT NULL DEFAULT 0 CHECK (working_days IN (0, 1)),
  valid_from TEXT NOT NULL,
  source TEXT NOT NULL,
  review_note TEXT
);
CREATE TABLE privacy_requests (
  id @PK@,
  unit_id BIGINT NOT NULL REFERENCES units (id),
  student_id BIGINT REFERENCES students (id),
  requester_name TEXT NOT NULL,
  relation TEXT NOT NULL DEFAULT '',
  kind TEXT NOT NULL REFERENCES privacy_request_kinds (code),
  details TEXT NOT NULL DEFAULT '',
  received_date TEXT NOT NULL,
  deadline_date TEXT NOT NULL,
  state TEXT NOT NULL DEFAULT 'open' CHECK (state IN ('open', 'answered', 'refused')),
  answer TEXT,
  answered_date TEXT,
  answered_by BIGINT,
  created_at BIGINT NOT NULL,
  created_by BIGINT
);
CREATE INDEX privacy_requests_unit ON privacy_requests (unit_id, state);
