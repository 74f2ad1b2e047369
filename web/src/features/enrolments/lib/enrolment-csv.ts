// The enrolment import file: its columns (as the server names them) and a sample CSV for a school.
import { ENROLMENT_LEVELS } from '../api/list-enrolments';

export const ENROLMENT_CSV_COLUMNS = ['unit_code', 'school_year', 'level', 'students'] as const;
export const ENROLMENT_CSV_SAMPLE_NAME = 'mau-nhap-si-so.csv';
export { ENROLMENT_LEVELS };

export interface EnrolmentCsvRow {
  unitCode: string;
  schoolYear: string;
  level: string;
  students: number;
}

function field(v: string): string {
  return /[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
}

/** Header plus rows, LF line ends. */
export function buildEnrolmentCsv(rows: readonly EnrolmentCsvRow[]): string {
  const lines = [ENROLMENT_CSV_COLUMNS.join(',')];
  for (const r of rows) lines.push([r.unitCode, r.schoolYear, r.level, String(r.students)].map(field).join(','));
  return lines.join('\n') + '\n';
}

/** A sample for one school (e.g. "03002") and school year: two levels. */
export function sampleEnrolmentCsv(unitCode: string, schoolYear: string): string {
  return buildEnrolmentCsv([
    { unitCode, schoolYear, level: 'lower_secondary', students: 1250 },
    { unitCode, schoolYear, level: 'upper_secondary', students: 980 },
  ]);
}

/** A data: URL that downloads the sample (with a BOM for spreadsheet programs). */
export function sampleEnrolmentCsvHref(unitCode: string, schoolYear: string): string {
  return `data:text/csv;charset=utf-8,${encodeURIComponent('\uFEFF' + sampleEnrolmentCsv(unitCode, schoolYear))}`;
}

/** Strips a leading BOM (files saved by spreadsheet programs). */
export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
