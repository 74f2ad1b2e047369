-- 0009: students and rosters (issue 11): a student's stable identity, their enrolment per school
-- unit, school year and class (history kept: a student moves between schools across years),
-- guardians, vehicles registered for the school parking, commitment campaigns (student and parent
-- commitments per school year) with one signature row per student, parking operators near a
-- school, and the plausible ages per school level (reference data from
-- data/reference/student_ages.csv, loaded into the empty table at start).
--
-- Bulk data (rosters) follows the audit rule of docs/architecture.md: one audit row per batch
-- ("job:42", "cli:..."), and every row the batch creates or changes carries that batch id.

CREATE TABLE students (
  id @PK@,
  -- Mã định danh cá nhân (12 digits); NULL when the school does not have it.
  personal_id TEXT,
  full_name TEXT NOT NULL,
  name_fold TEXT NOT NULL,
  birth_date TEXT NOT NULL,
  sex TEXT CHECK (sex IS NULL OR sex IN ('Nam', 'Nữ')),
  created_at BIGINT NOT NULL,
  updated_at BIGINT NOT NULL,
  batch_id TEXT
);
CREATE UNIQUE INDEX students_personal_id ON students (personal_id) WHERE personal_id IS NOT NULL;
CREATE INDEX students_name_birth ON students (name_fold, birth_date);
CREATE INDEX students_batch ON students (batch_id) WHERE batch_id IS NOT NULL;

CREATE TABLE student_enrolments (
  student_id BIGINT NOT NULL REFERENCES students (id),
  unit_id BIGINT NOT NULL REFERENCES units (id),
  school_year TEXT NOT NULL,
  class_name TEXT NOT NULL DEFAULT '',
  updated_at BIGINT NOT NULL,
  batch_id TEXT,
  -- One school per student and school year (a later import of another school moves the student).
  PRIMARY KEY (student_id, school_year)
);
CREATE INDEX student_enrolments_unit ON student_enrolments (unit_id, school_year, class_name);
CREATE INDEX student_enrolments_batch ON student_enrolments (batch_id) WHERE batch_id IS NOT NULL;

CREATE TABLE guardians (
  id @PK@,
  student_id BIGINT NOT NULL REFERENCES students (id),
  name TEXT NOT NULL,
  relation TEXT NOT NULL DEFAULT '',
  phone TEXT NOT NULL DEFAULT '',
  batch_id TEXT
);
CREATE INDEX guardians_student ON guardians (student_id);

CREATE TABLE student_vehicles (
  id @PK@,
  student_id BIGINT NOT NULL REFERENCES students (id),
  plate TEXT NOT NULL,
  plate_fold TEXT NOT NULL,
  kind TEXT NOT NULL DEFAULT '',
  batch_id TEXT
);
CREATE INDEX student_vehicles_student ON student_vehicles (student_id);
CREATE INDEX student_vehicles_plate ON student_vehicles (plate_fold);

-- Commitment campaigns: one per school year and kind (student: học sinh ký cam kết; parent: cha mẹ
-- học sinh ký cam kết), created when the first signature is recorded.
CREATE TABLE commitment_campaigns (
  id @PK@,
  school_year TEXT NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('student', 'parent')),
  created_at BIGINT NOT NULL,
  UNIQUE (school_year, kind)
);

CREATE TABLE commitment_signatures (
  campaign_id BIGINT NOT NULL REFERENCES commitment_campaigns (id),
  student_id BIGINT NOT NULL REFERENCES students (id),
  -- The school the student was on the roster of when recorded (scoping).
  unit_id BIGINT NOT NULL REFERENCES units (id),
  signed INTEGER NOT NULL CHECK (signed IN (0, 1)),
  signed_date TEXT,
  updated_at BIGINT NOT NULL,
  updated_by BIGINT,
  batch_id TEXT,
  PRIMARY KEY (campaign_id, student_id)
);
CREATE INDEX commitment_signatures_unit ON commitment_signatures (unit_id, campaign_id);

-- Parking operators near a school (điểm trông giữ xe) and their commitment (signed date).
CREATE TABLE parking_operators (
  id @PK@,
  unit_id BIGINT NOT NULL REFERENCES units (id),
  name TEXT NOT NULL,
  address TEXT NOT NULL DEFAULT '',
  signed_date TEXT,
  created_at BIGINT NOT NULL,
  updated_at BIGINT NOT NULL,
  updated_by BIGINT
);
CREATE INDEX parking_operators_unit ON parking_operators (unit_id);

-- Plausible ages (at the school year's first day) per school unit type.
CREATE TABLE student_ages (
  unit_type TEXT PRIMARY KEY,
  min_age INTEGER NOT NULL,
  max_age INTEGER NOT NULL,
  source TEXT,
  CHECK (min_age >= 0 AND max_age >= min_age)
);
