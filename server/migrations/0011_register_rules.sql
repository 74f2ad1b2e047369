-- 0011: which numbering register a unit's outgoing documents of a type are numbered in (the unit's
-- management may keep, say, a separate register for decisions); without a rule, the unit's
-- "Sổ văn bản đi". Each register restarts from 01 on 1 January (number_registers is per year).
CREATE TABLE document_register_rules (
  unit_id BIGINT NOT NULL REFERENCES units (id),
  type_code TEXT NOT NULL REFERENCES document_types (code),
  register_name TEXT NOT NULL,
  PRIMARY KEY (unit_id, type_code)
);
