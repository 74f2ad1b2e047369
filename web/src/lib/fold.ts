// Accent-insensitive folding of Vietnamese text for search: lower case, no diacritics, đ → d,
// runs of whitespace collapsed. Pure; safe to call on any string.

const COMBINING_MARKS = /[\u0300-\u036f]/g;

/** Folds `text` for comparison: "Đồ Sơn" → "do son", "  Hồng   Bàng " → "hong bang". */
export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(COMBINING_MARKS, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * True when every whitespace-separated token of `query` occurs in `haystack`, both folded.
 * An empty query matches everything.
 */
export function foldedIncludes(haystack: string, query: string): boolean {
  const tokens = fold(query).split(' ').filter(Boolean);
  if (tokens.length === 0) return true;
  const folded = fold(haystack);
  return tokens.every((token) => folded.includes(token));
}
