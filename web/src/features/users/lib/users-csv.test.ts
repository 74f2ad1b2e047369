import { describe, expect, it } from 'vitest';
import { USERS_CSV_COLUMNS, buildUsersCsv, csvField, sampleUsersCsv, sampleUsersCsvHref } from './users-csv';

describe('csvField', () => {
  it('leaves plain text alone and quotes what needs it', () => {
    expect(csvField('Nguyễn Thị Lan')).toBe('Nguyễn Thị Lan');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField(' padded')).toBe('" padded"');
    expect(csvField('')).toBe('');
  });
});

describe('buildUsersCsv', () => {
  it('writes the header and one line per row, login optional', () => {
    const text = buildUsersCsv([
      { unitCode: '03002', fullName: 'Trần Văn Hùng', email: 'h@x.vn', role: 'school_manager' },
      { unitCode: '03002', fullName: 'Lê, Anh', email: 'a@x.vn', role: 'school_staff', login: 'anh.l' },
    ]);
    expect(text).toBe(
      'Mã đơn vị,Họ tên,Email,Vai trò,Tên đăng nhập\r\n' +
        '03002,Trần Văn Hùng,h@x.vn,school_manager,\r\n' +
        '03002,"Lê, Anh",a@x.vn,school_staff,anh.l\r\n',
    );
  });

  it('has the columns the server reads', () => {
    expect(USERS_CSV_COLUMNS).toEqual(['Mã đơn vị', 'Họ tên', 'Email', 'Vai trò', 'Tên đăng nhập']);
  });
});

describe('sample file', () => {
  it('starts with a BOM and parses back to rectangular rows', () => {
    const text = sampleUsersCsv();
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const lines = text.slice(1).trimEnd().split('\r\n');
    expect(lines[0]).toBe(USERS_CSV_COLUMNS.join(','));
    expect(lines.length).toBeGreaterThanOrEqual(3);
    // The quoted row keeps its comma and doubled quotes inside one field.
    expect(lines.some((l) => l.includes('"Lê Minh ""Bé"" Anh, lớp 10A1"'))).toBe(true);
  });

  it('is a downloadable data URL that decodes to the same text', () => {
    const href = sampleUsersCsvHref();
    expect(href.startsWith('data:text/csv;charset=utf-8,')).toBe(true);
    expect(decodeURIComponent(href.slice('data:text/csv;charset=utf-8,'.length))).toBe(sampleUsersCsv());
  });
});
