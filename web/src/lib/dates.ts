// Date and time display for Vietnam: calendar dates as dd/mm/yyyy, instants (ISO UTC strings from
// the API) as dd/mm/yyyy HH:mm in Asia/Ho_Chi_Minh. API dates travel as YYYY-MM-DD.

export const TIME_ZONE = 'Asia/Ho_Chi_Minh';
/** dayjs / antd DatePicker format for calendar dates. */
export const DISPLAY_DATE_FORMAT = 'DD/MM/YYYY';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DISPLAY_DATE = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;

function pad2(n: number): string {
  return String(n).padStart(2, '0');
}

function isValidYmd(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1) return false;
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return d <= days;
}

/** "2024-12-31" → "31/12/2024"; null, empty or malformed input → "" (time parts are ignored). */
export function formatDate(isoDate: string | null | undefined): string {
  if (!isoDate) return '';
  const m = ISO_DATE.exec(isoDate.slice(0, 10));
  if (!m) return '';
  return `${m[3]}/${m[2]}/${m[1]}`;
}

/** "31/12/2024" (or "1/2/2025") → "2024-12-31"; invalid dates → null. */
export function parseDisplayDate(text: string): string | null {
  const m = DISPLAY_DATE.exec(text.trim());
  if (!m) return null;
  const d = Number(m[1]);
  const mo = Number(m[2]);
  const y = Number(m[3]);
  if (!isValidYmd(y, mo, d)) return null;
  return `${y}-${pad2(mo)}-${pad2(d)}`;
}

/** True for a real calendar date written YYYY-MM-DD. */
export function isIsoDate(text: string): boolean {
  const m = ISO_DATE.exec(text);
  return !!m && isValidYmd(Number(m[1]), Number(m[2]), Number(m[3]));
}

const partsFormatter = new Intl.DateTimeFormat('en-GB', {
  timeZone: TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

function zonedParts(instant: Date): Record<string, string> {
  const parts: Record<string, string> = {};
  for (const p of partsFormatter.formatToParts(instant)) parts[p.type] = p.value;
  return parts;
}

/** ISO UTC instant → "dd/mm/yyyy HH:mm" in Vietnam time; null or unparsable → "". */
export function formatDateTime(isoInstant: string | null | undefined): string {
  if (!isoInstant) return '';
  const instant = new Date(isoInstant);
  if (Number.isNaN(instant.getTime())) return '';
  const p = zonedParts(instant);
  return `${p.day}/${p.month}/${p.year} ${p.hour}:${p.minute}`;
}

/** Today's calendar date in Vietnam as YYYY-MM-DD. */
export function todayIso(now: Date = new Date()): string {
  const p = zonedParts(now);
  return `${p.year}-${p.month}-${p.day}`;
}

/** Adds `days` (may be negative) to a YYYY-MM-DD date. */
export function addDays(isoDate: string, days: number): string {
  const m = ISO_DATE.exec(isoDate);
  if (!m) throw new Error(`not an ISO date: ${isoDate}`);
  const t = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]) + days));
  return `${t.getUTCFullYear()}-${pad2(t.getUTCMonth() + 1)}-${pad2(t.getUTCDate())}`;
}

export type PeriodShape =
  | { kind: 'both'; from: string; to: string }
  | { kind: 'since'; from: string }
  | { kind: 'until'; to: string }
  | { kind: 'always' };

/** A validity period (either end may be open) with its dates formatted dd/mm/yyyy. */
export function periodShape(from: string | null | undefined, to: string | null | undefined): PeriodShape {
  const a = formatDate(from);
  const b = formatDate(to);
  if (a && b) return { kind: 'both', from: a, to: b };
  if (a) return { kind: 'since', from: a };
  if (b) return { kind: 'until', to: b };
  return { kind: 'always' };
}
