import { describe, expect, it } from 'vitest';
import { changedEntries, compareStudents, formatShare, isRosterFile, maskPersonalId, sharePercent, signedIds, sortClasses, templateCsv, TEMPLATE_COLUMNS } from './students';

describe('maskPersonalId', () => {
  it('shows the last 4 digits only', () => {
    expect(maskPersonalId('031309000201')).toBe('••••••••0201');
    expect(maskPersonalId('0201')).toBe('0201');
    expect(maskPersonalId(null)).toBe('');
    expect(maskPersonalId('')).toBe('');
  });
});

describe('order', () => {
  it('sorts classes naturally and students by given name within a class', () => {
    expect(sortClasses(['10A10', '10A2', '11A1', '10A2', ''])).toEqual(['10A2', '10A10', '11A1']);
    const rows = [
      { class_name: '10A1', full_name: 'Bùi Thị Bình' },
      { class_name: '10A1', full_name: 'Lê Văn An' },
      { class_name: '10A10', full_name: 'Lê Văn Anh' },
      { class_name: '10A2', full_name: 'Đỗ Đức Đạt' },
    ];
    expect([...rows].sort(compareStudents).map((r) => r.full_name)).toEqual(['Lê Văn An', 'Bùi Thị Bình', 'Đỗ Đức Đạt', 'Lê Văn Anh']);
  });
});

describe('coverage figures', () => {
  it('formats shares as percentages', () => {
    expect(formatShare(2 / 3)).toBe('66,7%');
    expect(formatShare(2 / 3, 'en')).toBe('66.7%');
    expect(formatShare(1)).toBe('100%');
    expect(formatShare(0)).toBe('0%');
    expect(formatShare(null)).toBe('—');
    expect(sharePercent(0.666)).toBe(67);
    expect(sharePercent(null)).toBe(0);
  });
});

describe('commitment entries', () => {
  const roster = [{ id: 1 }, { id: 2 }, { id: 3 }];
  it('derives who signed from the unsigned list', () => {
    expect([...signedIds(roster, [{ id: 2 }])]).toEqual([1, 3]);
  });
  it('sends only the changed boxes, dated when newly signed', () => {
    const before = new Set([1]);
    const after = new Set([2, 3]);
    expect(changedEntries(roster, before, after, '2026-09-15')).toEqual([
      { student_id: 1, signed: false },
      { student_id: 2, signed: true, signed_date: '2026-09-15' },
      { student_id: 3, signed: true, signed_date: '2026-09-15' },
    ]);
    expect(changedEntries(roster, before, new Set([1]), '2026-09-15')).toEqual([]);
  });
});

describe('template', () => {
  it('has the Vietnamese headers and rows of the same width', () => {
    const lines = templateCsv().trimEnd().split('\r\n');
    expect(lines[0]).toBe(TEMPLATE_COLUMNS.join(','));
    for (const l of lines) expect(l.split(',').length).toBe(TEMPLATE_COLUMNS.length);
  });
  it('takes CSV and XLSX files', () => {
    expect(isRosterFile('ds.CSV')).toBe(true);
    expect(isRosterFile('ds.xlsx')).toBe(true);
    expect(isRosterFile('ds.xls')).toBe(false);
  });
});
