// Vietnamese personal-name ordering: by given name (last word), then family name (first word),
// then middle name(s), compared with the Vietnamese collation (a < ă < â, d < đ, tones ordered).

export interface NameParts {
  family: string;
  middle: string;
  given: string;
}

const collator = new Intl.Collator('vi', { sensitivity: 'variant', numeric: true });

/** Splits "Nguyễn Thị Minh Anh" into family "Nguyễn", middle "Thị Minh", given "Anh". */
export function splitVietnameseName(fullName: string): NameParts {
  const words = fullName.normalize('NFC').trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return { family: '', middle: '', given: '' };
  if (words.length === 1) return { family: '', middle: '', given: words[0] };
  return {
    family: words[0],
    middle: words.slice(1, -1).join(' '),
    given: words[words.length - 1],
  };
}

/** Comparator for Array.prototype.sort over full names, Vietnamese style. */
export function compareVietnameseNames(a: string, b: string): number {
  const pa = splitVietnameseName(a);
  const pb = splitVietnameseName(b);
  return (
    collator.compare(pa.given, pb.given) ||
    collator.compare(pa.family, pb.family) ||
    collator.compare(pa.middle, pb.middle) ||
    collator.compare(a, b)
  );
}

/** Returns a new array sorted by the full name that `getName` extracts. */
export function sortByVietnameseName<T>(items: readonly T[], getName: (item: T) => string): T[] {
  return [...items].sort((x, y) => compareVietnameseNames(getName(x), getName(y)));
}

/** Plain Vietnamese collation for unit names and other labels. */
export function compareVietnamese(a: string, b: string): number {
  return collator.compare(a, b);
}
