// The enrolment import file as people write it: the template's Vietnamese headers and level names
// (the server also takes the English aliases unit_code, school_year, level, students and the level
// codes), the levels a school of each type teaches, the grades of each level (for the "by grade"
// form), and the template a school downloads (UTF-8 with BOM, one correct row per level it teaches).
import { ENROLMENT_LEVELS } from '../api/list-enrolments';

export type EnrolmentLevel = (typeof ENROLMENT_LEVELS)[number];
export { ENROLMENT_LEVELS };

export const ENROLMENT_CSV_COLUMNS = ['Mã đơn vị', 'Năm học', 'Cấp học', 'Số học sinh'] as const;
export const ENROLMENT_CSV_SAMPLE_NAME = 'mau-nhap-si-so.csv';

/** The level names the file uses (and the server reads back). */
export const LEVEL_CSV_NAMES: Record<EnrolmentLevel, string> = {
  preschool: 'Mầm non',
  primary: 'Tiểu học',
  lower_secondary: 'THCS',
  upper_secondary: 'THPT',
  continuing: 'GDTX',
  vocational: 'GDNN',
};

/** The levels a school of a unit type teaches (data/org/unit_types.csv); all of them for any other type. */
const LEVELS_BY_TYPE: Record<string, readonly EnrolmentLevel[]> = {
  MN: ['preschool'],
  TH: ['primary'],
  THCS: ['lower_secondary'],
  THPT: ['upper_secondary'],
  PTNC: ['primary', 'lower_secondary', 'upper_secondary'],
  GDNN_GDTX: ['continuing', 'vocational'],
};

export function levelsOfUnitType(type: string | null | undefined): readonly EnrolmentLevel[] {
  return (type && LEVELS_BY_TYPE[type]) || ENROLMENT_LEVELS;
}

/** The grades (or age groups) of a level, as the "by grade" form lists them. */
export const GRADES: Record<EnrolmentLevel, readonly string[]> = {
  preschool: ['Nhà trẻ', 'Mẫu giáo 3–4 tuổi', 'Mẫu giáo 4–5 tuổi', 'Mẫu giáo 5–6 tuổi'],
  primary: ['Lớp 1', 'Lớp 2', 'Lớp 3', 'Lớp 4', 'Lớp 5'],
  lower_secondary: ['Lớp 6', 'Lớp 7', 'Lớp 8', 'Lớp 9'],
  upper_secondary: ['Lớp 10', 'Lớp 11', 'Lớp 12'],
  continuing: ['Lớp 10', 'Lớp 11', 'Lớp 12'],
  vocational: ['Năm thứ nhất', 'Năm thứ hai', 'Năm thứ ba'],
};

/** Example numbers of students per level for the template. */
const EXAMPLE_STUDENTS: Record<EnrolmentLevel, number> = {
  preschool: 320,
  primary: 850,
  lower_secondary: 1250,
  upper_secondary: 980,
  continuing: 240,
  vocational: 150,
};

export interface EnrolmentCsvRow {
  unitCode: string;
  schoolYear: string;
  level: EnrolmentLevel;
  students: number;
}

function field(v: string): string {
  return /[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
}

/** Header plus rows, LF line ends; levels by their Vietnamese names. */
export function buildEnrolmentCsv(rows: readonly EnrolmentCsvRow[]): string {
  const lines = [ENROLMENT_CSV_COLUMNS.join(',')];
  for (const r of rows) lines.push([r.unitCode, r.schoolYear, LEVEL_CSV_NAMES[r.level], String(r.students)].map(field).join(','));
  return lines.join('\n') + '\n';
}

/** The template for one school (its type decides the levels) and school year. */
export function sampleEnrolmentCsv(unitCode: string, schoolYear: string, unitType?: string | null): string {
  return buildEnrolmentCsv(levelsOfUnitType(unitType).map((level) => ({ unitCode, schoolYear, level, students: EXAMPLE_STUDENTS[level] })));
}

/** A data: URL that downloads the template, with a BOM so spreadsheet programs read UTF-8. */
export function sampleEnrolmentCsvHref(unitCode: string, schoolYear: string, unitType?: string | null): string {
  return `data:text/csv;charset=utf-8,${encodeURIComponent('\uFEFF' + sampleEnrolmentCsv(unitCode, schoolYear, unitType))}`;
}

/** The sum of the grade counts (empty ones count 0). */
export function totalStudents(counts: readonly (number | null | undefined)[]): number {
  return counts.reduce<number>((s, n) => s + (typeof n === 'number' && Number.isFinite(n) ? n : 0), 0);
}

/** Strips a leading BOM (files saved by spreadsheet programs). */
export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
