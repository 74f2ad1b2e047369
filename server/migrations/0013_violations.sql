-- 0013: violation records (issue 12). One stop (a police check at a time and place) can involve
-- several persons: a record is per person, the stop links them. A record is owned by the police
-- unit that recorded it; corrections add versions (violation_versions keeps every earlier state);
-- a withdrawal sets status 'withdrawn' and takes the record out of the summaries. Derived fields
-- (year-month in Vietnam time, age at the date, behaviour category, the place's commune police
-- unit as of the date) are written with the record; violation_daily holds one row per owner unit
-- x day x the fields the indicator catalogue filters on (never keyed by an ancestor unit, so a
-- registry change rewrites nothing), kept in the same transaction as the records.
CREATE TABLE traffic_stops (
  id @PK@,
  owner_unit_id BIGINT NOT NULL REFERENCES units (id),
  occurred_at BIGINT NOT NULL,          -- instant (microseconds since the epoch)
  local_date TEXT NOT NULL,             -- 'YYYY-MM-DD' in Vietnam time
  place_unit_id BIGINT REFERENCES units (id),  -- the commune police unit of the place that day
  address TEXT NOT NULL DEFAULT '',
  latitude @REAL@,
  longitude @REAL@,
  officer_name TEXT NOT NULL DEFAULT '',
  created_at BIGINT NOT NULL,
  created_by BIGINT
);
CREATE INDEX traffic_stops_owner ON traffic_stops (owner_unit_id, local_date);

CREATE TABLE violations (
  id @PK@,
  stop_id BIGINT NOT NULL REFERENCES traffic_stops (id),
  owner_unit_id BIGINT NOT NULL REFERENCES units (id),
  role TEXT NOT NULL CHECK (role IN ('rider', 'passenger', 'pedestrian', 'owner', 'involved')),
  -- The person as declared.
  full_name TEXT NOT NULL,
  birth_date TEXT,                      -- 'YYYY-MM-DD' when known
  birth_year INTEGER,                   -- always set when birth_date is
  sex TEXT,                             -- 'Nam' | 'Nữ'
  personal_id TEXT,
  school_stated TEXT,
  person_address TEXT,
  vehicle_kind TEXT,
  plate TEXT,
  -- The offence: a code row in force on the day (NULL for a person only involved).
  code_id BIGINT REFERENCES violation_codes (id),
  sanction TEXT NOT NULL CHECK (sanction IN ('none', 'warning', 'fine')),
  fine_amount BIGINT,
  impounded INTEGER NOT NULL DEFAULT 0 CHECK (impounded IN (0, 1)),
  report_number TEXT,                   -- biên bản vi phạm hành chính
  decision_number TEXT,                 -- quyết định xử phạt
  status TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'withdrawn')),
  version INTEGER NOT NULL DEFAULT 1,
  -- Derived when stored.
  local_date TEXT NOT NULL,
  year_month TEXT NOT NULL,             -- 'YYYY-MM'
  age_years INTEGER,                    -- at the date; from the birth year alone: the lower bound
  age_band TEXT NOT NULL DEFAULT '',    -- 'under14' | '14-15' | '16-17' | 'adult' | '' (unknown)
  behaviour TEXT,                       -- the code's category
  legal_code TEXT,                      -- 'ND168:7.2.h'
  place_unit_id BIGINT REFERENCES units (id),
  -- Where the record came from: a form (source_system NULL) or a system's push / an import.
  source_system TEXT,
  external_id TEXT,
  batch_id TEXT,
  created_at BIGINT NOT NULL,
  created_by BIGINT,
  updated_at BIGINT NOT NULL,
  updated_by BIGINT
);
CREATE INDEX violations_owner ON violations (owner_unit_id, local_date);
CREATE INDEX violations_stop ON violations (stop_id);
CREATE UNIQUE INDEX violations_external ON violations (source_system, external_id);

CREATE TABLE violation_versions (
  violation_id BIGINT NOT NULL REFERENCES violations (id),
  version INTEGER NOT NULL,
  state TEXT NOT NULL,                  -- the record's fields as JSON before the change
  reason TEXT,
  changed_at BIGINT NOT NULL,
  changed_by BIGINT,
  PRIMARY KEY (violation_id, version)
);

-- Every display of a violation: one row per record shown, list rows included (who, when, which).
CREATE TABLE violation_views (
  id @PK@,
  violation_id BIGINT NOT NULL REFERENCES violations (id),
  user_id BIGINT,
  viewed_at BIGINT NOT NULL,
  context TEXT NOT NULL                 -- 'list' | 'detail'
);
CREATE INDEX violation_views_violation ON violation_views (violation_id);

CREATE TABLE violation_daily (
  owner_unit_id BIGINT NOT NULL REFERENCES units (id),
  day TEXT NOT NULL,
  place_unit_id BIGINT NOT NULL DEFAULT 0,   -- 0: no place unit
  legal_code TEXT NOT NULL DEFAULT '',
  behaviour TEXT NOT NULL DEFAULT '',
  age_band TEXT NOT NULL DEFAULT '',         -- 'under14' | '14-15' | '16-17' | 'adult' | ''
  records INTEGER NOT NULL,
  PRIMARY KEY (owner_unit_id, day, place_unit_id, legal_code, behaviour, age_band)
);
