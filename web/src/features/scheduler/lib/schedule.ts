// A task's schedule in words: "Mỗi 2 giây", "Mỗi 60 phút" → "Mỗi giờ", "Hằng ngày lúc 07:00".
import type { Translate } from '../../../lib/i18n';

export function scheduleText(t: Translate, task: { every_seconds: number | null; daily_at: string | null }): string {
  if (task.daily_at) return t('scheduler.daily', { time: task.daily_at });
  const s = task.every_seconds;
  if (s === null || s <= 0) return t('scheduler.manual');
  if (s % 3600 === 0) return s === 3600 ? t('scheduler.everyHour') : t('scheduler.everyHours', { n: s / 3600 });
  if (s % 60 === 0) return t('scheduler.everyMinutes', { n: s / 60 });
  return t('scheduler.everySeconds', { n: s });
}
