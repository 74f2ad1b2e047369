-- 0006: where a registry row came from (file names, dataset fields, derivations) is kept apart
-- from its Vietnamese note and legal basis, and shown to registry editors only.
ALTER TABLE unit_versions ADD COLUMN provenance TEXT;
ALTER TABLE unit_events ADD COLUMN provenance TEXT;
