-- 0018: the register of processing purposes and the impact assessment (issue 12, privacy), and
-- the removal of personal data from notices past their purpose's retention.
--
-- Every purpose for which the product processes personal data, with its legal basis, the data and
-- the people it concerns, who receives the data and how long it is kept (retention_days; NULL: the
-- general setting retention.personal_data_days). Loaded from data/reference/privacy/purposes.csv
-- into the empty table; the system administrator edits it when the law or the practice changes.
CREATE TABLE processing_purposes (
  code TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  description TEXT NOT NULL DEFAULT '',
  legal_basis TEXT NOT NULL,
  data_categories TEXT NOT NULL,
  data_subjects TEXT NOT NULL,
  recipients TEXT NOT NULL,
  retention_days INTEGER CHECK (retention_days IS NULL OR retention_days BETWEEN 1 AND 36500),
  retention_note TEXT NOT NULL DEFAULT '',
  sort_order INTEGER NOT NULL DEFAULT 0,
  source TEXT NOT NULL DEFAULT '',
  updated_at BIGINT,
  updated_by BIGINT
);

-- The impact assessment (Law 91/2025; Decree 13/2023 Art. 24 before it): the risks of each
-- purpose, their likelihood and impact, the measures taken and the risk that remains; and every
-- review of the dossier (who reviewed it, when, the conclusion, the next review).
CREATE TABLE dpia_risks (
  id @PK@,
  purpose_code TEXT NOT NULL REFERENCES processing_purposes (code),
  risk TEXT NOT NULL,
  likelihood TEXT NOT NULL CHECK (likelihood IN ('low', 'medium', 'high')),
  impact TEXT NOT NULL CHECK (impact IN ('low', 'medium', 'high')),
  measures TEXT NOT NULL,
  residual TEXT NOT NULL CHECK (residual IN ('low', 'medium', 'high')),
  created_at BIGINT NOT NULL,
  updated_at BIGINT NOT NULL,
  updated_by BIGINT
);
CREATE INDEX dpia_risks_purpose ON dpia_risks (purpose_code);
CREATE TABLE dpia_reviews (
  id @PK@,
  reviewed_on TEXT NOT NULL,             -- 'YYYY-MM-DD'
  conclusion TEXT NOT NULL,
  next_review_on TEXT,
  reviewed_by BIGINT,
  created_at BIGINT NOT NULL
);

-- When a notice's personal data was removed (its student replaced by a pseudonym, its free texts
-- blanked), and when a record's personal fields were blanked.
ALTER TABLE notices ADD COLUMN purged_at BIGINT;
ALTER TABLE violations ADD COLUMN purged_at BIGINT;
-- A pseudonym row: stands for a student in purged notices; names no one, on no roster.
ALTER TABLE students ADD COLUMN pseudonym INTEGER NOT NULL DEFAULT 0;
