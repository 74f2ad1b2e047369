// An indicator's computation as a Vietnamese sentence ("Tổng số học sinh tham gia của các hoạt động
// tuyên truyền, phối hợp, chỉ tính hoạt động tuyên truyền"), and the JSON text the edit form shows and parses back.
import { hasMessage, type Translate } from '../../../lib/i18n';

type Value = string | number;

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** 1.0 → "1": numbers print as JavaScript writes them. */
function valueText(v: Value): string {
  return typeof v === 'number' ? String(v) : v;
}

/** The label of `key` when the dictionary has one, else `fallback`. */
function labelOr(t: Translate, key: string, fallback: string): string {
  return hasMessage(key) ? t(key) : fallback;
}

/** A source's records in words ("lượt vi phạm của học sinh"); the server's name, then the code. */
export function sourceWords(t: Translate, source: string, sourceNames: ReadonlyMap<string, string> = new Map()): string {
  return labelOr(t, `indicatorSource.${source}`, sourceNames.get(source)?.toLocaleLowerCase('vi') ?? source);
}

/** A field of a source in words ("số học sinh tham gia"); the code when unknown. */
export function fieldWords(t: Translate, source: string, field: string): string {
  return labelOr(t, `indicatorField.${source}.${field}`, field);
}

/**
 * {kind: ["propagation"]} of "activities" → "hoạt động tuyên truyền"; a value without its own
 * words reads "điều khoản xử phạt là 32.10"; several conditions are joined by "và".
 */
export function whereText(t: Translate, where: unknown, source = ''): string {
  if (!isRecord(where)) return '';
  const parts: string[] = [];
  for (const [field, values] of Object.entries(where)) {
    const list = Array.isArray(values) ? (values as Value[]).map(valueText) : [String(values)];
    const phrases = list.map((v) => labelOr(t, `indicatorValue.${source}.${field}.${v}`, ''));
    if (phrases.every((p) => p !== '')) parts.push(phrases.join(t('computation.or')));
    else parts.push(t('computation.is', { field: fieldWords(t, source, field), values: list.join(t('computation.or')) }));
  }
  return parts.join(t('computation.and'));
}

/**
 * The computation as a sentence: "Tổng số học sinh tham gia của các hoạt động tuyên truyền, phối
 * hợp, chỉ tính hoạt động tuyên truyền". `sourceNames` maps a source to the server's name (used
 * when the dictionary has no words for it); `indicatorNames` maps an indicator code to its name
 * (for ratios). Unknown shapes show their JSON.
 */
export function describeComputation(
  t: Translate,
  computation: Record<string, unknown>,
  sourceNames: ReadonlyMap<string, string> = new Map(),
  indicatorNames: ReadonlyMap<string, string> = new Map(),
): string {
  const [op, body] = Object.entries(computation)[0] ?? [];
  if (!op || !isRecord(body)) return t('computation.unknown', { json: JSON.stringify(computation) });
  if (op === 'ratio') {
    const name = (code: unknown, lower = false) => {
      const c = String(code ?? '?');
      const n = indicatorNames.get(c);
      return n === undefined ? c : lower ? n.toLocaleLowerCase('vi') : n;
    };
    let text = t('computation.ratio', { numerator: name(body.numerator), denominator: name(body.denominator, true) });
    if (typeof body.scale === 'number' && body.scale !== 1) text += t('computation.scale', { scale: body.scale.toLocaleString('vi-VN') });
    return text;
  }
  if (op !== 'count' && op !== 'sum' && op !== 'count_distinct') return t('computation.unknown', { json: JSON.stringify(computation) });
  const source = String(body.source ?? '?');
  let text = t(`computation.${op}`, { source: sourceWords(t, source, sourceNames), field: fieldWords(t, source, String(body.field ?? '?')) });
  const where = whereText(t, body.where, source);
  if (where) text += t('computation.where', { conditions: where });
  return text;
}

/** Pretty JSON for the edit form. */
export function computationToText(computation: Record<string, unknown>): string {
  return JSON.stringify(computation, null, 2);
}

export type ParsedComputation = { ok: true; value: Record<string, unknown> } | { ok: false; error: 'syntax' | 'not_object'; message: string };

/** Parses the form's JSON text; the server checks the shape itself. */
export function parseComputation(text: string): ParsedComputation {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    return { ok: false, error: 'syntax', message: e instanceof Error ? e.message : String(e) };
  }
  if (!isRecord(value)) return { ok: false, error: 'not_object', message: '' };
  return { ok: true, value };
}
