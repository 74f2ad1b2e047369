// Periods of a recurring task as the server names them ("" once, "2026" a year, "2024-2025 HK1" a
// semester) and the recurrence of a task, in words.
import { formatDate } from '../../../lib/dates';
import type { Translate } from '../../../lib/i18n';
import type { PlanTask } from '../api/model';
import { toDayMonth } from './editor';

const SEMESTER = /^(\d{4}-\d{4}) HK([12])$/;

export function periodText(t: Translate, period: string): string {
  if (period === '') return t('plans.period.once');
  const s = SEMESTER.exec(period);
  if (s) return t('plans.period.semester', { semester: s[2] === '1' ? 'I' : 'II', year: s[1] });
  if (/^\d{4}$/.test(period)) return t('plans.period.year', { year: period });
  return period;
}


/** "Hằng năm, hạn 15/12, đến 30/06/2027" and the like. */
export function recurrenceText(t: Translate, task: Pick<PlanTask, 'recurrence' | 'due_date' | 'due_md' | 'until_date'>): string {
  let text: string;
  switch (task.recurrence) {
    case 'once':
      text = task.due_date ? t('plans.due.once', { date: formatDate(task.due_date) }) : t('plans.recurrence.once');
      break;
    case 'yearly':
      text = task.due_md ? t('plans.due.yearly', { day: toDayMonth(task.due_md) }) : t('plans.recurrence.yearly');
      break;
    case 'semester':
      text = t('plans.due.semester');
      break;
    case 'september':
      text = t('plans.due.september');
      break;
  }
  if (task.recurrence !== 'once' && task.until_date) text += t('plans.due.until', { date: formatDate(task.until_date) });
  return text;
}
