-- 0008: official documents in the Decree 30/2020 form (issue 10): document types, each unit's
-- document settings (abbreviation in symbols, agency block, place), drafting sections, who checks,
-- signs and acts as văn thư for a unit (data, not roles), numbering registers, documents with
-- their life cycle, links between documents, and distribution to units (the incoming registers).

CREATE TABLE document_types (
  code TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  -- Abbreviation in the symbol (Decree 30 Appendix III): "KH" gives 15/KH-SGDĐT; empty for a
  -- công văn, whose symbol is AGENCY-SECTION (12/SGDĐT-VP).
  abbrev TEXT NOT NULL,
  is_plan INTEGER NOT NULL DEFAULT 0,
  sort_order INTEGER NOT NULL DEFAULT 0,
  source TEXT
);
INSERT INTO document_types (code, name, abbrev, is_plan, sort_order, source) VALUES
  ('cong_van', 'Công văn', '', 0, 1, 'Nghị định 30/2020/NĐ-CP, Phụ lục III'),
  ('ke_hoach', 'Kế hoạch', 'KH', 1, 2, 'Nghị định 30/2020/NĐ-CP, Phụ lục III'),
  ('ke_hoach_phoi_hop', 'Kế hoạch phối hợp', 'KHPH', 1, 3, 'Thực tiễn Hải Phòng: 688/KHPH-CAHP-SGDĐT'),
  ('chuong_trinh_phoi_hop', 'Chương trình phối hợp', 'CTPH', 1, 4, 'Nghị định 30/2020/NĐ-CP, Phụ lục III (CTr); thực tiễn phối hợp'),
  ('bao_cao', 'Báo cáo', 'BC', 0, 5, 'Nghị định 30/2020/NĐ-CP, Phụ lục III'),
  ('quyet_dinh', 'Quyết định', 'QĐ', 0, 6, 'Nghị định 30/2020/NĐ-CP, Phụ lục III'),
  ('thong_bao', 'Thông báo', 'TB', 0, 7, 'Nghị định 30/2020/NĐ-CP, Phụ lục III'),
  ('huong_dan', 'Hướng dẫn', 'HD', 0, 8, 'Nghị định 30/2020/NĐ-CP, Phụ lục III'),
  ('chi_thi', 'Chỉ thị', 'CT', 0, 9, 'Nghị định 30/2020/NĐ-CP, Phụ lục III'),
  ('to_trinh', 'Tờ trình', 'TTr', 0, 10, 'Nghị định 30/2020/NĐ-CP, Phụ lục III'),
  ('giay_moi', 'Giấy mời', 'GM', 0, 11, 'Nghị định 30/2020/NĐ-CP, Phụ lục III'),
  ('bien_ban', 'Biên bản', 'BB', 0, 12, 'Nghị định 30/2020/NĐ-CP, Phụ lục III');

CREATE TABLE unit_document_settings (
  unit_id BIGINT PRIMARY KEY REFERENCES units (id),
  abbrev TEXT NOT NULL,
  agency_name TEXT NOT NULL,
  parent_agency TEXT NOT NULL DEFAULT '',
  place TEXT NOT NULL,
  updated_at BIGINT NOT NULL,
  updated_by BIGINT REFERENCES users (id)
);

CREATE TABLE document_sections (
  id @PK@,
  unit_id BIGINT NOT NULL REFERENCES units (id),
  abbrev TEXT NOT NULL,
  name TEXT NOT NULL,
  UNIQUE (unit_id, abbrev)
);

CREATE TABLE document_officers (
  id @PK@,
  unit_id BIGINT NOT NULL REFERENCES units (id),
  user_id BIGINT NOT NULL REFERENCES users (id),
  duty TEXT NOT NULL CHECK (duty IN ('check', 'sign', 'clerk')),
  -- check: the section whose drafts the officer checks (NULL: every section of the unit)
  section_id BIGINT REFERENCES document_sections (id),
  -- sign: '' (the head signs), 'KT.', 'TL.', 'TM.', 'Q.', 'TUQ.' and the title signed for
  authority TEXT NOT NULL DEFAULT '',
  authority_title TEXT NOT NULL DEFAULT '',
  title TEXT NOT NULL DEFAULT ''
);
CREATE INDEX document_officers_unit ON document_officers (unit_id, duty);
CREATE INDEX document_officers_user ON document_officers (user_id);

CREATE TABLE number_registers (
  id @PK@,
  unit_id BIGINT NOT NULL REFERENCES units (id),
  direction TEXT NOT NULL CHECK (direction IN ('out', 'in')),
  year INTEGER NOT NULL,
  name TEXT NOT NULL,
  next_number BIGINT NOT NULL DEFAULT 1,
  UNIQUE (unit_id, direction, year, name)
);

CREATE TABLE documents (
  id @PK@,
  -- out: drafted and issued by a unit of the product; in: a document from outside registered by
  -- the unit that received it.
  direction TEXT NOT NULL CHECK (direction IN ('out', 'in')),
  unit_id BIGINT NOT NULL REFERENCES units (id),
  partner_unit_id BIGINT REFERENCES units (id),
  type_code TEXT NOT NULL REFERENCES document_types (code),
  status TEXT NOT NULL CHECK (status IN ('draft', 'checked', 'signed', 'issued', 'registered')),
  section_id BIGINT REFERENCES document_sections (id),
  subject TEXT NOT NULL,
  urgency TEXT NOT NULL DEFAULT '' CHECK (urgency IN ('', 'khan', 'thuong_khan', 'hoa_toc')),
  place TEXT NOT NULL DEFAULT '',
  body TEXT NOT NULL DEFAULT '[]',
  addressees TEXT NOT NULL DEFAULT '[]',
  distribution TEXT NOT NULL DEFAULT '[]',
  recipient_rules TEXT NOT NULL DEFAULT '{}',
  signer_id BIGINT REFERENCES users (id),
  signer_authority TEXT NOT NULL DEFAULT '',
  signer_title TEXT NOT NULL DEFAULT '',
  signer_name TEXT NOT NULL DEFAULT '',
  partner_signer TEXT NOT NULL DEFAULT '{}',
  register_id BIGINT REFERENCES number_registers (id),
  number BIGINT,
  number_text TEXT,
  issued_date TEXT,
  eoffice_ref TEXT,
  sender_name TEXT,
  received_date TEXT,
  illustrative INTEGER NOT NULL DEFAULT 0,
  checked_by BIGINT REFERENCES users (id),
  checked_at BIGINT,
  signed_by BIGINT REFERENCES users (id),
  signed_at BIGINT,
  signed_file_id BIGINT REFERENCES files (id),
  signatures TEXT,
  issued_by BIGINT REFERENCES users (id),
  issued_at BIGINT,
  created_by BIGINT REFERENCES users (id),
  created_at BIGINT NOT NULL,
  updated_at BIGINT NOT NULL,
  CHECK (number IS NULL OR register_id IS NOT NULL)
);
-- Never two documents with one number in a register, whatever the number of server processes.
CREATE UNIQUE INDEX documents_number ON documents (register_id, number);
CREATE INDEX documents_unit ON documents (unit_id, created_at);

CREATE TABLE document_links (
  id @PK@,
  document_id BIGINT NOT NULL REFERENCES documents (id),
  relation TEXT NOT NULL CHECK (relation IN ('implements', 'cites', 'amends', 'replaces')),
  target_id BIGINT REFERENCES documents (id),
  target_text TEXT NOT NULL DEFAULT ''
);
CREATE INDEX document_links_doc ON document_links (document_id);
CREATE INDEX document_links_target ON document_links (target_id);

-- One row per unit a document reached: its place in that unit's incoming register and what
-- became of it there. A document from outside has one row, for the unit that registered it.
CREATE TABLE document_recipients (
  document_id BIGINT NOT NULL REFERENCES documents (id),
  unit_id BIGINT NOT NULL REFERENCES units (id),
  register_id BIGINT NOT NULL REFERENCES number_registers (id),
  incoming_number BIGINT NOT NULL,
  delivered_at BIGINT NOT NULL,
  opened_at BIGINT,
  opened_by BIGINT REFERENCES users (id),
  acknowledged_at BIGINT,
  acknowledged_by BIGINT REFERENCES users (id),
  reminded_at BIGINT,
  PRIMARY KEY (document_id, unit_id),
  UNIQUE (register_id, incoming_number)
);
CREATE INDEX document_recipients_unit ON document_recipients (unit_id, delivered_at);
