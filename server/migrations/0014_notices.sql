-- 0014: the violation loop after a record is stored (issue 12). Every record about a person who
-- may be a student (not a vehicle's owner) is matched against the rosters (domain/match_engine.h):
-- violation_matches holds the outcome — matched automatically ('auto'), waiting for a person
-- ('review', with the candidates and the unit whose education users decide), confirmed or rejected
-- by one, 'unmatched', or 'withdrawn' with its record. match_decisions logs every decision. A
-- confirmed or automatic match creates a notice to the student's school (school-internal data)
-- with a deadline in working days (setting notices.deadline_working_days); the school records what
-- it did (notice_actions: educational measures of education_measures, which are dated data per
-- school type and by who may apply them, parent meetings, commitments renewed, conduct notes,
-- evidence) and closes it, or disputes it ("not our student": the match goes back to review).
-- roster_revision is bumped by every roster write, so that servers rebuild their matching index.
CREATE TABLE violation_matches (
  violation_id BIGINT PRIMARY KEY REFERENCES violations (id),
  state TEXT NOT NULL CHECK (state IN ('auto', 'review', 'confirmed', 'rejected', 'unmatched',
                                       'withdrawn')),
  student_id BIGINT REFERENCES students (id),
  school_unit_id BIGINT REFERENCES units (id),
  score @REAL@,
  -- JSON array of {student_id, unit_id, probability, reasons[]}, best first.
  candidates TEXT NOT NULL DEFAULT '[]',
  -- The unit whose education users review: the school when every candidate is its student, else
  -- the candidates' common supervising unit (an office or the Department).
  review_unit_id BIGINT REFERENCES units (id),
  -- JSON array of student ids a school disputed for this record (never proposed again).
  disputed TEXT NOT NULL DEFAULT '[]',
  created_at BIGINT NOT NULL,
  updated_at BIGINT NOT NULL
);
CREATE INDEX violation_matches_review ON violation_matches (state, review_unit_id);
CREATE INDEX violation_matches_student ON violation_matches (student_id);

CREATE TABLE match_decisions (
  id @PK@,
  violation_id BIGINT NOT NULL REFERENCES violations (id),
  decision TEXT NOT NULL CHECK (decision IN ('auto', 'review', 'unmatched', 'confirm', 'reject',
                                             'dispute', 'withdraw')),
  student_id BIGINT,
  user_id BIGINT,
  unit_id BIGINT,
  reason TEXT,
  decided_at BIGINT NOT NULL
);
CREATE INDEX match_decisions_violation ON match_decisions (violation_id);

CREATE TABLE notices (
  id @PK@,
  violation_id BIGINT NOT NULL REFERENCES violations (id),
  student_id BIGINT NOT NULL REFERENCES students (id),
  school_unit_id BIGINT NOT NULL REFERENCES units (id),
  state TEXT NOT NULL CHECK (state IN ('open', 'closed', 'disputed', 'withdrawn')),
  created_at BIGINT NOT NULL,
  deadline_date TEXT NOT NULL,          -- 'YYYY-MM-DD'
  deadline_at BIGINT NOT NULL,          -- 23:59:59 Vietnam time of deadline_date
  escalated_at BIGINT,
  closed_at BIGINT,
  closed_by BIGINT,
  summary TEXT,                         -- what the school did, written when closing
  dispute_reason TEXT,
  updated_at BIGINT NOT NULL
);
CREATE INDEX notices_school ON notices (school_unit_id, state);
CREATE INDEX notices_violation ON notices (violation_id);
CREATE INDEX notices_student ON notices (student_id);
CREATE INDEX notices_deadline ON notices (state, deadline_at);

CREATE TABLE notice_actions (
  id @PK@,
  notice_id BIGINT NOT NULL REFERENCES notices (id),
  kind TEXT NOT NULL CHECK (kind IN ('measure', 'parent_meeting', 'commitment', 'conduct_note',
                                     'evidence', 'note')),
  measure_code TEXT,
  action_date TEXT NOT NULL,
  note TEXT NOT NULL DEFAULT '',
  file_id BIGINT,
  created_at BIGINT NOT NULL,
  created_by BIGINT
);
CREATE INDEX notice_actions_notice ON notice_actions (notice_id);

-- Educational measures a school may apply (data/reference/education_measures.csv), dated.
CREATE TABLE education_measures (
  code TEXT NOT NULL,
  name TEXT NOT NULL,
  unit_types TEXT NOT NULL,             -- '|'-separated school unit types
  applied_by TEXT NOT NULL CHECK (applied_by IN ('teacher', 'principal')),
  valid_from TEXT NOT NULL,
  valid_to TEXT,
  source TEXT NOT NULL,
  PRIMARY KEY (code, valid_from)
);

INSERT INTO settings (key, value) VALUES ('roster_revision', '0') ON CONFLICT (key) DO NOTHING;
INSERT INTO settings (key, value) VALUES ('notices.deadline_working_days', '7')
  ON CONFLICT (key) DO NOTHING;
INSERT INTO settings (key, value) VALUES ('notices.repeat_months', '12') ON CONFLICT (key) DO NOTHING;
