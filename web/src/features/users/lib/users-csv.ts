// The users import file: its columns and a sample CSV built in the browser (UTF-8 with BOM so
// spreadsheet programs read the accents; fields quoted when they hold a comma, quote or newline).

export const USERS_CSV_COLUMNS = ['Mã đơn vị', 'Họ tên', 'Email', 'Vai trò', 'Tên đăng nhập'] as const;
export const USERS_CSV_REQUIRED = ['Mã đơn vị', 'Họ tên', 'Email', 'Vai trò'] as const;
export const USERS_CSV_SAMPLE_NAME = 'mau-nhap-tai-khoan.csv';

export interface UsersCsvRow {
  unitCode: string;
  fullName: string;
  email: string;
  role: string;
  login?: string;
}

/** One CSV field: quoted (with doubled quotes) only when needed. */
export function csvField(value: string): string {
  return /[",\r\n]/.test(value) || /^\s|\s$/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** Header plus rows, CRLF line ends, no BOM. */
export function buildUsersCsv(rows: readonly UsersCsvRow[]): string {
  const lines = [USERS_CSV_COLUMNS.map(csvField).join(',')];
  for (const r of rows) lines.push([r.unitCode, r.fullName, r.email, r.role, r.login ?? ''].map(csvField).join(','));
  return lines.join('\r\n') + '\r\n';
}

export const SAMPLE_ROWS: readonly UsersCsvRow[] = [
  { unitCode: '03002', fullName: 'Nguyễn Thị Lan', email: 'lan.nt@example.edu.vn', role: 'school_staff', login: 'lan.nt' },
  { unitCode: '03002', fullName: 'Trần Văn Hùng', email: 'hung.tv@example.edu.vn', role: 'school_manager' },
  { unitCode: '03002', fullName: 'Lê Minh "Bé" Anh, lớp 10A1', email: 'anh.lm@example.edu.vn', role: 'school_staff', login: 'anh.lm' },
];

/** The sample file's text (with a BOM). */
export function sampleUsersCsv(): string {
  return '\uFEFF' + buildUsersCsv(SAMPLE_ROWS);
}

/** A data: URL that downloads the sample file. */
export function sampleUsersCsvHref(): string {
  return `data:text/csv;charset=utf-8,${encodeURIComponent(sampleUsersCsv())}`;
}
