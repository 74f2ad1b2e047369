-- 0010: plans and their tasks (issue 10). A plan is a document of a plan type (kế hoạch, kế hoạch
-- phối hợp, chương trình phối hợp) with sections and tasks; issuing it fans each task out to the
-- responsible units as of the issue date, one assignment per (task, unit, period); each unit
-- reports on its assignments and the supervisor accepts or returns the report.
CREATE TABLE plan_sections (
  id @PK@,
  document_id BIGINT NOT NULL REFERENCES documents (id),
  ordinal INTEGER NOT NULL,
  title TEXT NOT NULL
);
CREATE INDEX plan_sections_doc ON plan_sections (document_id, ordinal);

CREATE TABLE plan_tasks (
  id @PK@,
  document_id BIGINT NOT NULL REFERENCES documents (id),
  section_id BIGINT REFERENCES plan_sections (id),
  ordinal INTEGER NOT NULL,
  content TEXT NOT NULL,
  -- The responsible party: every unit of this type under `responsible_under` on the issue date
  -- (a type of either side), or that one unit when the type is empty.
  responsible_type TEXT NOT NULL DEFAULT '',
  responsible_under BIGINT NOT NULL REFERENCES units (id),
  lead TEXT NOT NULL DEFAULT '',
  cooperating TEXT NOT NULL DEFAULT '',
  -- Both sides take part: either side's supervisor may accept a report.
  joint INTEGER NOT NULL DEFAULT 0,
  -- once (due_date) | yearly (due_md "MM-DD") | semester (end of each semester) | september (the
  -- peak month: by 30/9 each year); occurrences from the issue date to `until_date`.
  recurrence TEXT NOT NULL CHECK (recurrence IN ('once', 'yearly', 'semester', 'september')),
  due_date TEXT,
  due_md TEXT,
  until_date TEXT,
  -- What a report must carry: {"indicators": [codes], "narrative": bool, "files": bool}
  evidence TEXT NOT NULL DEFAULT '{}'
);
CREATE INDEX plan_tasks_doc ON plan_tasks (document_id, ordinal);

CREATE TABLE task_assignments (
  id @PK@,
  task_id BIGINT NOT NULL REFERENCES plan_tasks (id),
  unit_id BIGINT NOT NULL REFERENCES units (id),
  period TEXT NOT NULL,
  due_date TEXT NOT NULL,
  due_at BIGINT NOT NULL,
  status TEXT NOT NULL DEFAULT 'not_started' CHECK (status IN ('not_started', 'in_progress', 'done')),
  review TEXT NOT NULL DEFAULT '' CHECK (review IN ('', 'submitted', 'accepted', 'returned')),
  narrative TEXT NOT NULL DEFAULT '',
  -- Typed figures, stored as reported: {"CODE": number}
  figures TEXT NOT NULL DEFAULT '{}',
  updated_at BIGINT,
  updated_by BIGINT REFERENCES users (id),
  submitted_at BIGINT,
  submitted_by BIGINT REFERENCES users (id),
  reviewed_at BIGINT,
  reviewed_by BIGINT REFERENCES users (id),
  review_comment TEXT NOT NULL DEFAULT '',
  on_time INTEGER NOT NULL DEFAULT 0,
  UNIQUE (task_id, unit_id, period)
);
CREATE INDEX task_assignments_unit ON task_assignments (unit_id, due_date);
CREATE INDEX task_assignments_due ON task_assignments (due_date);
