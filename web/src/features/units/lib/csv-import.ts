// Pure helpers of the CSV import (/to-chuc/chinh-sua, "Nhập từ tệp CSV"): the columns each kind
// accepts, the size limit, and whether a dry run still applies to the chosen file.
import type { ImportKind } from '../api/import-registry';

export interface ImportColumns {
  columns: readonly string[];
  required: readonly string[];
}

export const IMPORT_COLUMNS: Record<ImportKind, ImportColumns> = {
  units: {
    columns: [
      'code',
      'valid_from',
      'valid_to',
      'name',
      'short_name',
      'type',
      'parent_code',
      'address',
      'latitude',
      'longitude',
      'phone',
      'email',
      'flags',
      'source',
      'note',
    ],
    required: ['code', 'name', 'type'],
  },
  events: {
    columns: ['event_id', 'date', 'kind', 'unit_codes', 'successor_codes', 'partial_codes', 'flags', 'source', 'note'],
    required: ['date', 'kind', 'unit_codes'],
  },
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
