// Pure helpers of the student screens: the masked personal id, the roster order, coverage as a
// percentage, the commitment entries to save, and the roster template (CSV built in the browser).

/** "031309000201" → "••••••••0201": only the last 4 digits are shown; null/empty → "". */
export function maskPersonalId(id: string | null | undefined): string {
  if (!id) return '';
  const keep = id.slice(-4);
  return '•'.repeat(Math.max(0, id.length - 4)) + keep;
}

const collator = new Intl.Collator('vi', { sensitivity: 'base', numeric: true });

/** Vietnamese given-name order: by the last word, then the whole name ("Lê Văn An" before "Bùi Thị Bình"). */
export function compareNames(a: string, b: string): number {
  const last = (s: string) => s.trim().split(/\s+/).at(-1) ?? '';
  return collator.compare(last(a), last(b)) || collator.compare(a, b);
}

/** By class (10A2 before 10A10), then by name. */
export function compareStudents(a: { class_name: string; full_name: string }, b: { class_name: string; full_name: string }): number {
  return collator.compare(a.class_name, b.class_name) || compareNames(a.full_name, b.full_name);
}

/** Class names in natural order (10A2 before 10A10). */
export function compareClassNames(a: string, b: string): number {
  return collator.compare(a, b);
}

/** Classes for a class filter, in natural order, without duplicates. */
export function sortClasses(names: readonly string[]): string[] {
  return [...new Set(names.filter(Boolean))].sort(collator.compare);
}

/** A coverage share (0..1, null when the roster is empty) as "66,7%" (vi) / "66.7%" (en); null → "—". */
export function formatShare(share: number | null | undefined, lang: 'vi' | 'en' = 'vi'): string {
  if (share === null || share === undefined || !Number.isFinite(share)) return '—';
  const pct = Math.round(share * 1000) / 10;
  return `${pct.toLocaleString(lang === 'vi' ? 'vi-VN' : 'en-GB', { maximumFractionDigits: 1 })}%`;
}

/** The share as a whole percent for a progress bar (0 when unknown). */
export function sharePercent(share: number | null | undefined): number {
  if (share === null || share === undefined || !Number.isFinite(share)) return 0;
  return Math.min(100, Math.max(0, Math.round(share * 100)));
}

/** Who has signed: every roster student not on the server's unsigned list. */
export function signedIds(roster: readonly { id: number }[], unsigned: readonly { id: number }[]): Set<number> {
  const out = new Set(roster.map((s) => s.id));
  for (const s of unsigned) out.delete(s.id);
  return out;
}

export interface Entry {
  student_id: number;
  signed: boolean;
  signed_date?: string;
}

/**
 * The entries to save: the students whose box changed from what the server has. A newly signed
 * one carries `date` (the day the signed papers were collected).
 */
export function changedEntries(roster: readonly { id: number }[], before: ReadonlySet<number>, after: ReadonlySet<number>, date: string): Entry[] {
  const out: Entry[] = [];
  for (const s of roster) {
    const was = before.has(s.id);
    const now = after.has(s.id);
    if (was === now) continue;
    out.push(now ? { student_id: s.id, signed: true, signed_date: date } : { student_id: s.id, signed: false });
  }
  return out;
}

/** The headers of the roster template, as the national database and schools write them. */
export const TEMPLATE_COLUMNS = [
  'Mã định danh',
  'Họ và tên',
  'Ngày sinh',
  'Giới tính',
  'Lớp',
  'Họ tên cha/mẹ/người giám hộ',
  'Quan hệ',
  'Số điện thoại',
  'Biển số xe',
] as const;

const TEMPLATE_ROWS = [
  ['031209001234', 'Nguyễn Văn An', '05/03/2009', 'Nam', '10A1', 'Nguyễn Văn Bình', 'Cha', '0912345678', '15B1-123.45'],
  ['', 'Trần Thị Bích Ngọc', '21/11/2009', 'Nữ', '10A1', 'Lê Thị Hoa', 'Mẹ', '0987654321', ''],
];

function field(v: string): string {
  return /[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
}

/** The template: the header and two example rows, CRLF line ends (as spreadsheet programs write). */
export function templateCsv(): string {
  return [TEMPLATE_COLUMNS as readonly string[], ...TEMPLATE_ROWS].map((r) => r.map(field).join(',')).join('\r\n') + '\r\n';
}

/** A data: URL that downloads the template, with a BOM so spreadsheet programs read UTF-8. */
export function templateCsvHref(): string {
  return `data:text/csv;charset=utf-8,${encodeURIComponent('\uFEFF' + templateCsv())}`;
}

export const TEMPLATE_NAME = 'mau-danh-sach-hoc-sinh.csv';

/** Whether a chosen file is one the import reads (by its name). */
export function isRosterFile(name: string): boolean {
  return /\.(csv|xlsx)$/i.test(name);
}

/** The headers of the commitments template (GET /api/v1/import-templates/commitments). */
export const COMMITMENT_TEMPLATE_COLUMNS = ['Mã định danh', 'Họ và tên', 'Ngày sinh', 'Lớp', 'Cam kết của học sinh', 'Cam kết của phụ huynh', 'Ngày ký'] as const;
