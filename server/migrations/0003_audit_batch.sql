-- 0003: the audit log is searchable by batch (one bulk operation, e.g. "job:42" for an import,
-- writes all its rows with the same batch_id). Same conventions as 0001.
CREATE INDEX audit_log_batch ON audit_log (batch_id, id) WHERE batch_id IS NOT NULL;
