-- 0012: violation codes as data. A code is identified by (decree, code): "9.1.a" of Decree 100/2019
-- and "9.1.a" of Decree 168/2024 are different acts. Each code maps to one behaviour category that
-- spans the decrees (no_helmet_rider, red_light, ...), so trends compare like with like across the
-- change of law on 1/1/2025. Loaded from data/reference/legal/ into empty tables, then edited by
-- administrators (audited). A violation must use a code in force on its date.
CREATE TABLE decrees (
  code TEXT PRIMARY KEY,             -- 'ND168'
  number TEXT NOT NULL,              -- '168/2024/NĐ-CP'
  title TEXT NOT NULL,
  signed_on TEXT,                    -- 'YYYY-MM-DD'
  effective_from TEXT NOT NULL,
  effective_to TEXT,                 -- last day in force; NULL: still in force
  source TEXT,
  updated_at BIGINT NOT NULL
);

CREATE TABLE behaviour_categories (
  code TEXT PRIMARY KEY,             -- 'no_helmet_rider'
  label_vi TEXT NOT NULL,
  label_en TEXT NOT NULL,
  position INTEGER NOT NULL,         -- display order
  updated_at BIGINT NOT NULL
);

CREATE TABLE violation_codes (
  id @PK@,
  decree TEXT NOT NULL REFERENCES decrees (code),
  code TEXT NOT NULL,                -- '7.2.h', '32.10', '6.1a'
  article INTEGER NOT NULL,
  clause TEXT NOT NULL,              -- '2', '1a'
  point TEXT NOT NULL DEFAULT '',    -- 'h', '' for a clause without points
  vehicle_kind TEXT NOT NULL,
  description TEXT NOT NULL,
  fine_min BIGINT,                   -- VND, individual rate; NULL: no fine
  fine_max BIGINT,
  licence_points INTEGER,
  additional_sanctions TEXT,
  impoundable INTEGER NOT NULL DEFAULT 0 CHECK (impoundable IN (0, 1)),
  effective_from TEXT NOT NULL,
  effective_to TEXT,
  category TEXT NOT NULL REFERENCES behaviour_categories (code),
  source TEXT,
  notes TEXT,
  review_note TEXT,                  -- not NULL: flagged for an administrator to check and correct
  updated_at BIGINT NOT NULL,
  updated_by BIGINT,
  UNIQUE (decree, code, effective_from)
);
CREATE INDEX violation_codes_category ON violation_codes (category);
