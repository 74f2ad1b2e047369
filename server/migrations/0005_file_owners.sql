-- 0005: file owners are registrations (api/nouns.h), not a list in the schema: the CHECK on
-- files.owner_kind goes, so that a new noun attaches files without rebuilding this table.
-- `atgt check` reports files of kinds no noun registers; they are never served.
-- @sqlite-foreign-keys-off
-- @sqlite
CREATE TABLE files_new (
  id @PK@,
  sha256 TEXT NOT NULL,
  size BIGINT NOT NULL,
  mime TEXT NOT NULL,
  name TEXT NOT NULL,
  owner_kind TEXT NOT NULL CHECK (owner_kind <> ''),
  owner_id BIGINT NOT NULL,
  uploaded_by BIGINT REFERENCES users (id),
  uploaded_at BIGINT NOT NULL,
  deleted_at BIGINT,
  expires_at BIGINT
);
INSERT INTO files_new (id, sha256, size, mime, name, owner_kind, owner_id, uploaded_by, uploaded_at, deleted_at, expires_at)
  SELECT id, sha256, size, mime, name, owner_kind, owner_id, uploaded_by, uploaded_at, deleted_at, expires_at FROM files;
DROP TABLE files;
ALTER TABLE files_new RENAME TO files;
CREATE INDEX files_owner ON files (owner_kind, owner_id);
CREATE INDEX files_sha ON files (sha256);
-- @postgres
ALTER TABLE files DROP CONSTRAINT files_owner_kind_check;
ALTER TABLE files ADD CONSTRAINT files_owner_kind_check CHECK (owner_kind <> '');
-- @end
