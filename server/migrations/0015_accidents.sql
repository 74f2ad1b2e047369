-- 0015: traffic accidents involving students (issue 12). An accident is recorded by a police unit
-- or an education unit (owner); its persons are the students involved, linked to the roster when
-- known (student_id, and the school of their enrolment), each with what happened to them. The
-- indicator source `accidents` has one record per (accident, school of an involved student), and
-- one under the commune police unit of the place for the persons whose school is not known.
CREATE TABLE accidents (
  id @PK@,
  owner_unit_id BIGINT NOT NULL REFERENCES units (id),
  occurred_at BIGINT NOT NULL,
  local_date TEXT NOT NULL,
  place_unit_id BIGINT REFERENCES units (id),
  address TEXT NOT NULL DEFAULT '',
  latitude @REAL@,
  longitude @REAL@,
  vehicles TEXT NOT NULL DEFAULT '',     -- the vehicles involved, as described
  cause TEXT NOT NULL DEFAULT '',
  description TEXT NOT NULL DEFAULT '',
  status TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'withdrawn')),
  created_at BIGINT NOT NULL,
  created_by BIGINT,
  updated_at BIGINT NOT NULL
);
CREATE INDEX accidents_owner ON accidents (owner_unit_id, local_date);
CREATE INDEX accidents_date ON accidents (local_date);

CREATE TABLE accident_persons (
  id @PK@,
  accident_id BIGINT NOT NULL REFERENCES accidents (id),
  full_name TEXT NOT NULL,
  birth_date TEXT,
  birth_year INTEGER,
  student_id BIGINT REFERENCES students (id),
  school_unit_id BIGINT REFERENCES units (id),
  outcome TEXT NOT NULL CHECK (outcome IN ('death', 'injury', 'unhurt'))
);
CREATE INDEX accident_persons_accident ON accident_persons (accident_id);
CREATE INDEX accident_persons_school ON accident_persons (school_unit_id);
