// The body of a document as the API stores it: blocks (paragraph, numbered item, heading) whose text
// marks **bold** and *italic*. Parsing the marks into runs, so the page shows them as bold and
// italic and never shows the asterisks; renumbering the items of an edited body.
import type { DocumentBlock } from '../api/model';

export interface Run {
  text: string;
  bold: boolean;
  italic: boolean;
}

function push(out: Run[], text: string, bold: boolean, italic: boolean) {
  if (!text) return;
  const last = out[out.length - 1];
  if (last && last.bold === bold && last.italic === italic) last.text += text;
  else out.push({ text, bold, italic });
}

/** Index of the closing single `*` after `from` (not half of a `**`), or -1. */
function closingStar(text: string, from: number): number {
  for (let j = from; j < text.length; j++) {
    if (text[j] !== '*') continue;
    if (text[j + 1] === '*') {
      j++;
      continue;
    }
    return j;
  }
  return -1;
}

function parseItalic(text: string, bold: boolean, out: Run[]) {
  let i = 0;
  let plain = '';
  while (i < text.length) {
    if (text[i] === '*' && text[i + 1] !== '*' && text[i + 1] !== undefined && text[i + 1] !== ' ') {
      const j = closingStar(text, i + 1);
      if (j > i + 1) {
        push(out, plain, bold, false);
        plain = '';
        push(out, text.slice(i + 1, j), bold, true);
        i = j + 1;
        continue;
      }
    }
    plain += text[i];
    i++;
  }
  push(out, plain, bold, false);
}

/** "Nội dung **quan trọng** và *nghiêng*" → runs; a mark without its closing pair stays as typed. */
export function parseMarks(text: string): Run[] {
  const out: Run[] = [];
  let i = 0;
  let plain = '';
  while (i < text.length) {
    if (text.startsWith('**', i)) {
      let j = text.indexOf('**', i + 2);
      // "***" closing an italic run inside bold: the bold mark is the last two.
      while (j >= 0 && text[j + 2] === '*') j++;
      if (j > i + 2) {
        parseItalic(plain, false, out);
        plain = '';
        parseItalic(text.slice(i + 2, j), true, out);
        i = j + 2;
        continue;
      }
    }
    plain += text[i];
    i++;
  }
  parseItalic(plain, false, out);
  return out;
}

/** The text without its marks (for a title or a search). */
export function plainText(text: string): string {
  return parseMarks(text)
    .map((r) => r.text)
    .join('');
}

/** Numbers the items "1.", "2.", … in order; a heading starts the count again. */
export function renumberItems(blocks: readonly DocumentBlock[]): DocumentBlock[] {
  let n = 0;
  return blocks.map((b) => {
    if (b.kind === 'heading') n = 0;
    if (b.kind !== 'item') return b;
    n += 1;
    return { ...b, label: `${n}.` };
  });
}

/** The label a new item gets when appended: one more than the last item since the last heading. */
export function nextItemLabel(blocks: readonly DocumentBlock[]): string {
  let n = 0;
  for (const b of blocks) {
    if (b.kind === 'heading') n = 0;
    if (b.kind === 'item') n += 1;
  }
  return `${n + 1}.`;
}
