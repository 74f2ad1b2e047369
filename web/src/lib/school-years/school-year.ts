// The school year a date falls in ("2025-2026" from 05/09/2025 to 04/09/2026 by the default rule),
// preferring one of the known codes.
import { todayIso } from '../dates';

/** School year code of `iso` (YYYY-MM-DD) by the default rule: a year starts on 05/09. */
export function schoolYearOf(iso: string): string {
  const y = Number(iso.slice(0, 4));
  const start = iso.slice(5) >= '09-05' ? y : y - 1;
  return `${start}-${start + 1}`;
}

/** Today's school year if known, else the latest known one, else today's by rule. */
export function currentSchoolYear(known: readonly string[], today: string = todayIso()): string {
  const now = schoolYearOf(today);
  if (known.length === 0 || known.includes(now)) return now;
  return [...known].sort().at(-1) ?? now;
}
