import { describe, expect, it } from 'vitest';
import { nextItemLabel, parseMarks, plainText, renumberItems } from './body';

describe('parseMarks', () => {
  it('reads bold and italic', () => {
    expect(parseMarks('Nội dung **quan trọng** và *nghiêng*.')).toEqual([
      { text: 'Nội dung ', bold: false, italic: false },
      { text: 'quan trọng', bold: true, italic: false },
      { text: ' và ', bold: false, italic: false },
      { text: 'nghiêng', bold: false, italic: true },
      { text: '.', bold: false, italic: false },
    ]);
  });

  it('reads italic inside bold', () => {
    expect(parseMarks('**Điều 1. *Phạm vi***')).toEqual([
      { text: 'Điều 1. ', bold: true, italic: false },
      { text: 'Phạm vi', bold: true, italic: true },
    ]);
  });

  it('keeps unmatched or spaced asterisks as typed', () => {
    expect(parseMarks('a * b')).toEqual([{ text: 'a * b', bold: false, italic: false }]);
    expect(parseMarks('**mở mà không đóng')).toEqual([{ text: '**mở mà không đóng', bold: false, italic: false }]);
    expect(parseMarks('****')).toEqual([{ text: '****', bold: false, italic: false }]);
    expect(parseMarks('')).toEqual([]);
  });

  it('plain text drops the marks', () => {
    expect(plainText('**Đậm** và *nghiêng*')).toBe('Đậm và nghiêng');
  });
});

describe('item numbers', () => {
  it('renumbers items, starting again after a heading', () => {
    const out = renumberItems([
      { kind: 'paragraph', text: 'a' },
      { kind: 'item', label: '7.', text: 'b' },
      { kind: 'item', text: 'c' },
      { kind: 'heading', text: 'II' },
      { kind: 'item', text: 'd' },
    ]);
    expect(out.map((b) => b.label)).toEqual([undefined, '1.', '2.', undefined, '1.']);
  });

  it('suggests the next label', () => {
    expect(nextItemLabel([])).toBe('1.');
    expect(nextItemLabel([{ kind: 'item', label: '1.', text: 'x' }, { kind: 'paragraph', text: 'y' }])).toBe('2.');
    expect(nextItemLabel([{ kind: 'item', text: 'x' }, { kind: 'heading', text: 'y' }])).toBe('1.');
  });
});
