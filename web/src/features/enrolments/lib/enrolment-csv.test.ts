import { describe, expect, it } from 'vitest';
import {
  ENROLMENT_CSV_COLUMNS,
  ENROLMENT_LEVELS,
  GRADES,
  LEVEL_CSV_NAMES,
  buildEnrolmentCsv,
  levelsOfUnitType,
  sampleEnrolmentCsv,
  sampleEnrolmentCsvHref,
  stripBom,
  totalStudents,
} from './enrolment-csv';

describe('enrolment CSV', () => {
  it('writes the template headers and Vietnamese level names', () => {
    expect(ENROLMENT_CSV_COLUMNS).toEqual(['Mã đơn vị', 'Năm học', 'Cấp học', 'Số học sinh']);
    expect(buildEnrolmentCsv([{ unitCode: '03002', schoolYear: '2025-2026', level: 'upper_secondary', students: 12 }])).toBe(
      'Mã đơn vị,Năm học,Cấp học,Số học sinh\n03002,2025-2026,THPT,12\n',
    );
    for (const l of ENROLMENT_LEVELS) expect(LEVEL_CSV_NAMES[l]).toBeTruthy();
  });
  it('quotes fields that need it', () => {
    expect(buildEnrolmentCsv([{ unitCode: 'A,"B"', schoolYear: '2025-2026', level: 'primary', students: 1 }])).toContain('"A,""B"""');
  });
  it('builds the template from the levels the school teaches', () => {
    expect(sampleEnrolmentCsv('03002', '2025-2026', 'THPT')).toBe('Mã đơn vị,Năm học,Cấp học,Số học sinh\n03002,2025-2026,THPT,980\n');
    expect(sampleEnrolmentCsv('X', '2025-2026', 'TH').trim().split('\n')[1]).toBe('X,2025-2026,Tiểu học,850');
    expect(sampleEnrolmentCsv('X', '2025-2026', 'PTNC').trim().split('\n')).toHaveLength(4);
    expect(sampleEnrolmentCsv('X', '2025-2026', 'SO_GDDT').trim().split('\n')).toHaveLength(1 + ENROLMENT_LEVELS.length);
    const text = sampleEnrolmentCsv('03002', '2025-2026', 'THPT');
    expect(decodeURIComponent(sampleEnrolmentCsvHref('03002', '2025-2026', 'THPT').split(',').slice(1).join(','))).toBe('\uFEFF' + text);
  });
  it('knows the levels and grades of each school type', () => {
    expect(levelsOfUnitType('THPT')).toEqual(['upper_secondary']);
    expect(levelsOfUnitType(null)).toEqual(ENROLMENT_LEVELS);
    expect(GRADES.primary).toHaveLength(5);
    expect(GRADES.lower_secondary[0]).toBe('Lớp 6');
    expect(GRADES.upper_secondary).toEqual(['Lớp 10', 'Lớp 11', 'Lớp 12']);
  });
  it('sums the grades', () => {
    expect(totalStudents([10, null, 5, undefined])).toBe(15);
    expect(totalStudents([])).toBe(0);
  });
  it('strips a BOM', () => {
    expect(stripBom('\uFEFFa,b')).toBe('a,b');
    expect(stripBom('a,b')).toBe('a,b');
  });
});
