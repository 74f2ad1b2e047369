-- 0017: the breach log (issue 12, privacy): every incident affecting personal data, when it was
-- detected, what data and how many people it touched, the duty to notify the authority within 72
-- hours of detection (Decree 13/2023 Art. 23; Law 91/2025 from 1/1/2026), when it was notified
-- and under which reference, whether the people concerned were told, the measures taken.
CREATE TABLE data_breaches (
  id @PK@,
  unit_id BIGINT NOT NULL REFERENCES units (id),
  detected_at BIGINT NOT NULL,
  notify_due_at BIGINT NOT NULL,          -- detected_at + 72 hours
  description TEXT NOT NULL,
  data_affected TEXT NOT NULL DEFAULT '',
  subjects_count INTEGER,
  authority_notified_at BIGINT,
  authority_reference TEXT,
  subjects_notified_at BIGINT,
  measures TEXT NOT NULL DEFAULT '',
  closed_at BIGINT,
  created_at BIGINT NOT NULL,
  created_by BIGINT
);
CREATE INDEX data_breaches_unit ON data_breaches (unit_id, detected_at);
