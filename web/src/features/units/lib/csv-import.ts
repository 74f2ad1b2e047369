// Pure helpers of the CSV import (/to-chuc/chinh-sua, "Nhập từ tệp CSV"): the columns each kind
// accepts, the size limit, and whether a dry run still applies to the chosen file.
import type { ImportKind } from '../api/import-registry';

export interface ImportColumns {
  columns: readonly string[];
  required: readonly string[];
}

// The template's Vietnamese headers (the server also accepts the English names: code, name, ...).
export const IMPORT_COLUMNS: Record<ImportKind, ImportColumns> = {
  units: {
    columns: [
      'Mã đơn vị',
      'Hiệu lực từ',
      'Hiệu lực đến',
      'Tên đơn vị',
      'Tên ngắn',
      'Loại đơn vị',
      'Mã đơn vị cấp trên',
      'Địa chỉ',
      'Vĩ độ',
      'Kinh độ',
      'Điện thoại',
      'Email',
      'Đánh dấu',
      'Văn bản căn cứ',
      'Ghi chú',
    ],
    required: ['Mã đơn vị', 'Tên đơn vị', 'Loại đơn vị'],
  },
  events: {
    columns: [
      'Mã sự kiện',
      'Ngày hiệu lực',
      'Loại sự kiện',
      'Mã các đơn vị',
      'Mã đơn vị kế thừa',
      'Mã đơn vị chuyển một phần',
      'Đánh dấu',
      'Văn bản căn cứ',
      'Ghi chú',
    ],
    required: ['Ngày hiệu lực', 'Loại sự kiện', 'Mã các đơn vị'],
  },
};

// One correct example row per kind, in the template's column order.
const EXAMPLE_ROWS: Record<ImportKind, readonly string[]> = {
  units: [
    'MN-HOA-SEN',
    '2026-09-01',
    '',
    'Trường Mầm non Hoa Sen',
    'MN Hoa Sen',
    'MN',
    'SGDDT-HP',
    'Phường Hồng Bàng, Hải Phòng',
    '',
    '',
    '',
    '',
    '',
    'Quyết định thành lập số 15/QĐ-UBND',
    'Thành lập mới',
  ],
  events: [
    '',
    '2026-09-01',
    'Sáp nhập',
    'MN-HOA-SEN;MN-HOA-MAI',
    'MN-HOA-SEN',
    '',
    '',
    'Quyết định số 20/QĐ-UBND',
    'Sáp nhập Trường Mầm non Hoa Mai vào Trường Mầm non Hoa Sen',
  ],
};

function csvCell(v: string): string {
  return /[",\n;]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
}

/** The template of a kind: UTF-8 with a BOM (so spreadsheets read the accents), header + example. */
export function registryTemplateCsv(kind: ImportKind): string {
  const line = (cells: readonly string[]) => cells.map(csvCell).join(',');
  return `\uFEFF${line(IMPORT_COLUMNS[kind].columns)}\r\n${line(EXAMPLE_ROWS[kind])}\r\n`;
}

export function registryTemplateHref(kind: ImportKind): string {
  return `data:text/csv;charset=utf-8,${encodeURIComponent(registryTemplateCsv(kind))}`;
}

export const REGISTRY_TEMPLATE_NAMES: Record<ImportKind, string> = {
  units: 'mau-nhap-don-vi.csv',
  events: 'mau-nhap-su-kien-to-chuc.csv',
};

/** Largest file accepted (the JSON request carrying it must stay under the server's 1 MB). */
export const MAX_IMPORT_BYTES = 900 * 1024;

export function isTooLarge(bytes: number): boolean {
  return bytes > MAX_IMPORT_BYTES;
}

/** A size in whole kilobytes, rounded up so a file just over the limit never reads "900 KB". */
export function formatKilobytes(bytes: number, lang: 'vi' | 'en'): string {
  const kb = Math.ceil(Math.max(0, bytes) / 1024);
  return `${new Intl.NumberFormat(lang === 'vi' ? 'vi-VN' : 'en-GB').format(kb)} KB`;
}

/** The text of a CSV file without a leading byte-order mark. */
export function csvText(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** True when the file has no line with anything but separators and spaces. */
export function isBlankCsv(text: string): boolean {
  return csvText(text)
    .split(/\r\n|\n|\r/)
    .every((line) => line.replace(/[,;\s"]/g, '') === '');
}

/** What a dry run was made for: the kind and the file (by its upload uid). */
export interface ImportTarget {
  kind: ImportKind;
  fileUid: string;
}

/** A dry run of `checked` validates `current` only if both the kind and the file are the same. */
export function sameTarget(checked: ImportTarget | null, current: ImportTarget | null): boolean {
  return checked !== null && current !== null && checked.kind === current.kind && checked.fileUid === current.fileUid;
}
