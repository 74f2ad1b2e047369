// Small pure helpers of the calendar page: the statistical year start "MM-DD" ↔ "dd/mm", the
// years offered in the holiday list, and the due time "…T23:59:59+07:00" as dd/mm/yyyy HH:mm.

/** "12-15" → "15/12"; anything else → the input unchanged. */
export function monthDayToDisplay(monthDay: string): string {
  const m = /^(\d{2})-(\d{2})$/.exec(monthDay);
  return m ? `${m[2]}/${m[1]}` : monthDay;
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** "15/12" (or "5/1") → "12-15"; a day that is not in every year (29/02) or malformed → null. */
export function parseMonthDay(text: string): string | null {
  const m = /^(\d{1,2})\/(\d{1,2})$/.exec(text.trim());
  if (!m) return null;
  const day = Number(m[1]);
  const month = Number(m[2]);
  if (month < 1 || month > 12 || day < 1 || day > DAYS_IN_MONTH[month - 1]) return null;
  return `${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Years offered in the holiday list: those of the known school years plus this year ± 1, sorted. */
export function holidayYears(schoolYearCodes: readonly string[], thisYear: number): number[] {
  const years = new Set<number>([thisYear - 1, thisYear, thisYear + 1]);
  for (const code of schoolYearCodes) {
    const m = /^(\d{4})-(\d{4})$/.exec(code);
    if (m) {
      years.add(Number(m[1]));
      years.add(Number(m[2]));
    }
  }
  return [...years].sort((a, b) => a - b);
}

/** "2026-02-24T23:59:59+07:00" → "24/02/2026 23:59" (the wall-clock time as written). */
export function formatDueAt(dueAt: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})/.exec(dueAt);
  return m ? `${m[3]}/${m[2]}/${m[1]} ${m[4]}:${m[5]}` : dueAt;
}
