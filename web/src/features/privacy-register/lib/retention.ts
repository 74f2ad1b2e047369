// How long a purpose keeps its data, in words: its own number of days, or the general setting
// (retention_days null) with the number of days that setting gives; numbers grouped as the
// language writes them (1.095 ngày, 1,095 days).
import type { Lang, Translate } from '../../../lib/i18n';

export function dayCount(lang: Lang, n: number): string {
  return n.toLocaleString(lang === 'vi' ? 'vi-VN' : 'en-GB');
}

export function retentionText(t: Translate, lang: Lang, retentionDays: number | null, generalDays: number): string {
  return typeof retentionDays === 'number'
    ? t('privacyRegister.retentionDays', { n: dayCount(lang, retentionDays) })
    : t('privacyRegister.retentionGeneral', { n: dayCount(lang, generalDays) });
}
