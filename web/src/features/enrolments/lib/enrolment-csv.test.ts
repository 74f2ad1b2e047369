import { describe, expect, it } from 'vitest';
import { ENROLMENT_CSV_COLUMNS, buildEnrolmentCsv, sampleEnrolmentCsv, sampleEnrolmentCsvHref, stripBom } from './enrolment-csv';

describe('enrolment CSV', () => {
  it('writes the columns the server expects', () => {
    expect(ENROLMENT_CSV_COLUMNS).toEqual(['unit_code', 'school_year', 'level', 'students']);
    expect(buildEnrolmentCsv([{ unitCode: '03002', schoolYear: '2025-2026', level: 'primary', students: 12 }])).toBe(
      'unit_code,school_year,level,students\n03002,2025-2026,primary,12\n',
    );
  });
  it('quotes fields that need it', () => {
    expect(buildEnrolmentCsv([{ unitCode: 'A,"B"', schoolYear: '2025-2026', level: 'primary', students: 1 }])).toContain('"A,""B"""');
  });
  it('builds a sample for a school and year', () => {
    const text = sampleEnrolmentCsv('03002', '2025-2026');
    const lines = text.trim().split('\n');
    expect(lines).toHaveLength(3);
    expect(lines[1]).toBe('03002,2025-2026,lower_secondary,1250');
    expect(decodeURIComponent(sampleEnrolmentCsvHref('03002', '2025-2026').split(',').slice(1).join(','))).toBe('\uFEFF' + text);
  });
  it('strips a BOM', () => {
    expect(stripBom('\uFEFFa,b')).toBe('a,b');
    expect(stripBom('a,b')).toBe('a,b');
  });
});
