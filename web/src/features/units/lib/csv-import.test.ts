import { describe, expect, it } from 'vitest';
import { IMPORT_COLUMNS, MAX_IMPORT_BYTES, csvText, formatKilobytes, isBlankCsv, isTooLarge, registryTemplateCsv, sameTarget } from './csv-import';

describe('IMPORT_COLUMNS', () => {
  it('lists the required columns among the accepted ones', () => {
    for (const { columns, required } of Object.values(IMPORT_COLUMNS)) {
      for (const c of required) expect(columns).toContain(c);
    }
    expect(IMPORT_COLUMNS.units.required).toEqual(['Mã đơn vị', 'Tên đơn vị', 'Loại đơn vị']);
    expect(IMPORT_COLUMNS.events.required).toEqual(['Ngày hiệu lực', 'Loại sự kiện', 'Mã các đơn vị']);
  });
});

describe('registryTemplateCsv', () => {
  it('has a BOM, the Vietnamese headers and one example row with as many cells', () => {
    for (const kind of ['units', 'events'] as const) {
      const text = registryTemplateCsv(kind);
      expect(text.startsWith('\uFEFF')).toBe(true);
      const [header, example] = text.slice(1).trim().split('\r\n');
      expect(header.split(',')).toEqual([...IMPORT_COLUMNS[kind].columns]);
      // quoted cells hold commas or semicolons: count cells by a small CSV split
      const cells = example.match(/("([^"]|"")*"|[^,]*)(,|$)/g)!.filter((c) => c !== '');
      expect(cells.length).toBe(IMPORT_COLUMNS[kind].columns.length);
    }
  });
});

describe('isTooLarge', () => {
  it('accepts up to 900 KB exactly', () => {
    expect(MAX_IMPORT_BYTES).toBe(921_600);
    expect(isTooLarge(0)).toBe(false);
    expect(isTooLarge(921_600)).toBe(false);
    expect(isTooLarge(921_601)).toBe(true);
  });
});

describe('formatKilobytes', () => {
  it('rounds up to whole kilobytes with the language grouping', () => {
    expect(formatKilobytes(1, 'vi')).toBe('1 KB');
    expect(formatKilobytes(921_601, 'vi')).toBe('901 KB');
    expect(formatKilobytes(5 * 1024 * 1024, 'vi')).toBe('5.120 KB');
    expect(formatKilobytes(5 * 1024 * 1024, 'en')).toBe('5,120 KB');
  });
});

describe('csvText / isBlankCsv', () => {
  it('drops a byte-order mark', () => {
    expect(csvText('\uFEFFcode,name\n')).toBe('code,name\n');
    expect(csvText('code')).toBe('code');
  });
  it('finds files without data', () => {
    expect(isBlankCsv('')).toBe(true);
    expect(isBlankCsv('\uFEFF\r\n , ,\n')).toBe(true);
    expect(isBlankCsv('code,name,type\n')).toBe(false);
  });
});

describe('sameTarget', () => {
  it('needs the same kind and the same file', () => {
    const a = { kind: 'units' as const, fileUid: 'f1' };
    expect(sameTarget(a, { kind: 'units', fileUid: 'f1' })).toBe(true);
    expect(sameTarget(a, { kind: 'events', fileUid: 'f1' })).toBe(false);
    expect(sameTarget(a, { kind: 'units', fileUid: 'f2' })).toBe(false);
    expect(sameTarget(null, a)).toBe(false);
    expect(sameTarget(a, null)).toBe(false);
  });
});
