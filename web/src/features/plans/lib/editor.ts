// Conversions of the plan editor: the yearly due day is typed "15/12" and sent as "12-15".

/** "15/12" → "12-15"; null when it is not a day of a (leap) year. */
export function toMonthDay(text: string): string | null {
  const m = /^\s*(\d{1,2})\s*\/\s*(\d{1,2})\s*$/.exec(text);
  if (!m) return null;
  const day = Number(m[1]);
  const month = Number(m[2]);
  if (month < 1 || month > 12 || day < 1) return null;
  const days = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
  if (day > days) return null;
  return `${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** "12-15" → "15/12"; "" for none. */
export function toDayMonth(md: string | null): string {
  const m = md ? /^(\d{2})-(\d{2})$/.exec(md) : null;
  return m ? `${m[2]}/${m[1]}` : '';
}
