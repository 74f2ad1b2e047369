// Display helpers of violation codes, shared by the code list and the violation records: fines in
// VND as Vietnamese write them, a category's label in the interface language.
import type { Lang } from '../i18n';
import type { BehaviourCategory } from './list-behaviour-categories';

/** "400.000 – 600.000 đ" (vi) or "400,000 – 600,000 VND" (en); null when the code has no fine. */
export function fineText(lang: Lang, min: number | null, max: number | null): string | null {
  if (min === null || max === null) return null;
  const fmt = (n: number) => n.toLocaleString(lang === 'vi' ? 'vi-VN' : 'en-GB');
  const unit = lang === 'vi' ? 'đ' : 'VND';
  return min === max ? `${fmt(min)} ${unit}` : `${fmt(min)} – ${fmt(max)} ${unit}`;
}

/** The label of a category code in the language, falling back to the Vietnamese label, then the code. */
export function categoryLabel(lang: Lang, categories: readonly BehaviourCategory[] | undefined, code: string): string {
  const c = categories?.find((x) => x.code === code);
  if (!c) return code;
  return lang === 'en' && c.label_en ? c.label_en : c.label_vi;
}
