// An indicator's computation in words ("Tổng trường students của «Hoạt động…», với kind =
// propagation"), and the JSON text the edit form shows and parses back.
import type { Translate } from '../../../lib/i18n';

type Value = string | number;

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** 1.0 → "1", 2.5 → "2,5" is left to the caller: numbers print as JavaScript writes them. */
function valueText(v: Value): string {
  return typeof v === 'number' ? String(v) : v;
}

/** {kind: ["a"], repeat: [1]} → "kind = a và repeat = 1"; several values → "kind ∈ {a, b}". */
export function whereText(t: Translate, where: unknown): string {
  if (!isRecord(where)) return '';
  const parts: string[] = [];
  for (const [field, values] of Object.entries(where)) {
    const list = Array.isArray(values) ? (values as Value[]).map(valueText) : [String(values)];
    parts.push(list.length === 1 ? `${field} = ${list[0]}` : `${field} ∈ {${list.join(', ')}}`);
  }
  return parts.join(t('computation.and'));
}

/**
 * The computation in words. `sourceNames` maps a source ("violations") to its Vietnamese name;
 * `indicatorNames` maps an indicator code to its name (for ratios). Unknown shapes show their JSON.
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
    const name = (code: unknown) => {
      const c = String(code ?? '?');
      const n = indicatorNames.get(c);
      return n ? `${n} (${c})` : c;
    };
    let text = t('computation.ratio', { numerator: name(body.numerator), denominator: name(body.denominator) });
    if (typeof body.scale === 'number' && body.scale !== 1) text += t('computation.scale', { scale: body.scale });
    return text;
  }
  if (op !== 'count' && op !== 'sum' && op !== 'count_distinct') return t('computation.unknown', { json: JSON.stringify(computation) });
  const source = String(body.source ?? '?');
  let text = t(`computation.${op}`, { source: sourceNames.get(source) ?? source, field: String(body.field ?? '?') });
  const where = whereText(t, body.where);
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
