// Students, rosters and commitments end to end on the demo data (issue 11). (a) The principal of
// 03002 (bgh.hongbang) imports a roster CSV whose row 3 has a date that does not exist: the preview
// names row 3, the column "Ngày sinh" as written in the file and the reason, and nothing can be
// written; the fixed file passes, "Ghi vào hệ thống" starts the job and the progress bar reaches
// 100%; the API then lists the new students. (b) A teacher of 03002 (gv.hongbang) ticks two of the
// three as signed (parents' commitment), saves, sees the class at 2/3 (66,7%) and opens the print
// page of who has not signed, which lists the third. End states are read through the API; the list
// shows the guardian and phone. (c) The principal sees the class at 0/3 for the students'
// commitment, opens "Nhập từ tệp", uploads a commitments file with an unknown value (row 3 named,
// nothing written), fixes it, commits it with progress, and the class's coverage on /cam-ket reads
// 2/3. Every screen passes axe and the no-horizontal-scroll check and shows no raw code.
//
// Re-runnable on one database: each run imports its own class with names of its own.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { SKIP, TEST_TIMEOUT, checkScreen, launch, login, logout, pickOption, uniqueSuffix } from './lib.mjs';

const PRINCIPAL = 'bgh.hongbang';
const TEACHER = process.env.ATGT_E2E_SCHOOL || 'gv.hongbang';

/** Codes of this feature that must never reach the screen. */
const CODES = ['students_import', 'commitments_import', 'student_roster', 'cp1258', 'tcvn3', 'parking_operator', 'student', 'parent', 'utf8', 'queued', 'running', 'done', 'failed'];

async function noCodes(page, where) {
  const text = await page.evaluate(() => document.body.innerText);
  const found = CODES.filter((c) => new RegExp(`(?<![\\p{L}\\p{N}_.@/-])${c}(?![\\p{L}\\p{N}_@/-])`, 'u').test(text));
  assert.deepEqual(found, [], `${where} shows codes: ${found.join(', ')}`);
}

async function api(page, path) {
  const res = await page.request.get(path);
  assert.equal(res.status(), 200, `${path}: ${res.status()}`);
  return res.json();
}

/** Letters only (a name is letters, spaces, apostrophes and hyphens). */
function letters(s) {
  return s.replace(/[0-9]/g, (d) => 'abcdefghij'[Number(d)]);
}

const run = letters(uniqueSuffix());
const Run = run[0].toUpperCase() + run.slice(1);
const CLASS = `10T${run.slice(-5)}`;
const NAMES = [`Lê Văn An ${Run}`, `Trần Thị Bình ${Run}`, `Phạm Minh Châu ${Run}`];
const HEADER = 'Mã định danh,Họ và tên,Ngày sinh,Giới tính,Lớp,Họ tên cha/mẹ/người giám hộ,Quan hệ,Số điện thoại';
const rows = (badDate) => [
  `,${NAMES[0]},05/03/2011,Nam,${CLASS},Lê Văn Cường,Cha,0912345678`,
  `,${NAMES[1]},${badDate ?? '21/11/2011'},Nữ,${CLASS},Trần Thị Dung,Mẹ,0987654321`,
  `,${NAMES[2]},14/07/2011,Nữ,${CLASS},,,`,
];
const csv = (badDate) => ({ name: `danh-sach-${run}.csv`, mimeType: 'text/csv', buffer: Buffer.from('\uFEFF' + [HEADER, ...rows(badDate)].join('\r\n') + '\r\n') });

describe('students, rosters and commitments', { skip: SKIP, timeout: TEST_TIMEOUT * 2 }, () => {
  let browser;
  let year;
  before(async () => {
    browser = await launch();
  });
  after(async () => {
    await browser?.close();
  });

  test('the principal imports a roster with an error, fixes it, commits it and watches the progress', { timeout: TEST_TIMEOUT }, async () => {
    const { page } = browser;
    await login(page, PRINCIPAL);
    await page.getByRole('navigation', { name: 'Điều hướng chính' }).getByText('Nhập danh sách học sinh', { exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Nhập danh sách học sinh' }).waitFor();
    // The current school year (the server's), chosen explicitly.
    year = (await api(page, '/api/v1/students?limit=1')).school_year;
    assert.match(year, /^\d{4}-\d{4}$/);
    await pickOption(page, 'Năm học', year);
    await page.getByRole('link', { name: 'Tải tệp mẫu (CSV)' }).waitFor();
    await checkScreen(page, '/hoc-sinh/nhap');
    await noCodes(page, '/hoc-sinh/nhap');

    // Row 3 (the header is row 1) has 31/02/2011: the preview names it and nothing can be written.
    await page.locator('input[type=file]').setInputFiles(csv('31/02/2011'));
    await page.getByText(`Đã chọn: danh-sach-${run}.csv`).waitFor();
    await page.getByRole('button', { name: 'Tải lên và kiểm tra' }).click();
    const errors = page.locator('.student-import-errors');
    await errors.waitFor();
    const errorRows = await errors.locator('tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent.trim())));
    assert.equal(errorRows.length, 1, JSON.stringify(errorRows));
    assert.equal(errorRows[0][0], '3');
    assert.equal(errorRows[0][1], 'Ngày sinh');
    assert.match(errorRows[0][2], /31\/02\/2011/);
    await page.getByRole('alert').filter({ hasText: 'chưa học sinh nào được nhập' }).first().waitFor();
    assert.equal(await page.getByRole('button', { name: 'Ghi vào hệ thống' }).isDisabled(), true);
    await checkScreen(page, '/hoc-sinh/nhap (errors)');
    await noCodes(page, '/hoc-sinh/nhap (errors)');
    const none = await api(page, `/api/v1/students?school_year=${year}&class_name=${CLASS}`);
    assert.equal(none.students.length, 0, 'nothing written for a refused file');

    // The fixed file passes; the commit runs as a job whose progress reaches 100%.
    await page.locator('input[type=file]').setInputFiles(csv());
    await page.getByRole('button', { name: 'Tải lên và kiểm tra' }).click();
    const valid = page.locator('.student-import-valid');
    await valid.waitFor();
    assert.match(await valid.innerText(), /3 học sinh của Trường THPT Hồng Bàng/);
    assert.match(await valid.innerText(), /3 học sinh mới, 0 học sinh đã có/);
    await checkScreen(page, '/hoc-sinh/nhap (preview)');
    await noCodes(page, '/hoc-sinh/nhap (preview)');
    await page.getByRole('button', { name: 'Ghi vào hệ thống' }).click();
    const bar = page.getByRole('progressbar', { name: 'Tiến độ ghi danh sách học sinh' });
    await bar.waitFor();
    await page.waitForFunction(() => document.querySelector('[role=progressbar][aria-valuenow="100"]'), null, { timeout: 60_000 });
    const done = page.locator('.student-import-done');
    await done.waitFor();
    assert.match(await done.innerText(), /3 học sinh mới, 0 học sinh được cập nhật/);
    await checkScreen(page, '/hoc-sinh/nhap (done)');
    await noCodes(page, '/hoc-sinh/nhap (done)');

    const listed = await api(page, `/api/v1/students?school_year=${year}&class_name=${CLASS}`);
    assert.deepEqual(listed.students.map((s) => s.full_name).sort(), [...NAMES].sort());
    assert.ok(listed.students.every((s) => s.school_code === '03002'));

    // The link opens the list; the search finds a new student without accents; the drawer shows the guardian.
    await page.getByRole('link', { name: 'Xem danh sách học sinh' }).click();
    await page.getByRole('heading', { level: 1, name: 'Học sinh' }).waitFor();
    await page.getByLabel('Tìm theo họ tên', { exact: true }).fill(`tran thi binh ${run}`);
    // The list itself shows the guardian, with the phone for the student's own school.
    const guardian = page.locator('.student-guardians li').filter({ hasText: 'Trần Thị Dung' });
    await guardian.waitFor();
    assert.match(await guardian.innerText(), /Trần Thị Dung \(Mẹ\) · 0987654321/);
    await page.getByRole('button', { name: `Xem thông tin học sinh ${NAMES[1]}` }).click();
    const drawer = page.getByRole('dialog');
    await drawer.getByText('Trần Thị Dung').waitFor();
    await drawer.getByText('0987654321').waitFor();
    await checkScreen(page, '/hoc-sinh (drawer)');
    await noCodes(page, '/hoc-sinh (drawer)');
    await drawer.getByRole('button', { name: 'Đóng' }).click();
    await logout(page);
  });

  test('a teacher records commitments for a class and prints who has not signed', { timeout: TEST_TIMEOUT }, async () => {
    assert.ok(year, 'the roster was imported by the previous test');
    const { page } = browser;
    await login(page, TEACHER);
    await page.getByRole('navigation', { name: 'Điều hướng chính' }).getByText('Cam kết', { exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Cam kết' }).waitFor();
    await page.getByText('Cam kết của cha mẹ học sinh', { exact: true }).click();
    await page.getByRole('heading', { level: 2, name: /^Cam kết của cha mẹ học sinh/ }).waitFor();
    await pickOption(page, 'Lớp', CLASS);
    const [first, second, third] = [...NAMES].sort((a, b) => a.split(' ').at(-2).localeCompare(b.split(' ').at(-2), 'vi'));
    for (const n of [first, second]) await page.getByRole('checkbox', { name: `Đã ký: ${n}` }).check();
    await page.getByText('Có 2 thay đổi chưa lưu.').waitFor();
    await checkScreen(page, '/cam-ket');
    await noCodes(page, '/cam-ket');
    await page.getByRole('button', { name: 'Lưu', exact: true }).click();
    await page.getByText(`Lớp ${CLASS}: 2/3 đã ký (66,7%)`).waitFor();

    // End state through the API: coverage of the class and who has not signed.
    const me = await api(page, '/api/v1/session');
    const school = me.user.unit_id;
    const cov = await api(page, `/api/v1/commitments/coverage?kind=parent&school_year=${year}&unit_id=${school}`);
    const cls = cov.schools[0].classes.find((c) => c.class_name === CLASS);
    assert.deepEqual({ signed: cls.signed, roster: cls.roster }, { signed: 2, roster: 3 });
    const un = await api(page, `/api/v1/commitments/unsigned?kind=parent&class_name=${encodeURIComponent(CLASS)}&school_year=${year}&unit_id=${school}`);
    assert.deepEqual(un.students.map((s) => s.full_name), [third]);

    // The print page lists the one who has not signed; "In" prints.
    await page.locator('.commitment-print-link').click();
    await page.waitForURL((u) => u.pathname === '/cam-ket/chua-ky');
    await page.getByRole('heading', { level: 1, name: `Danh sách học sinh chưa ký cam kết của cha mẹ học sinh — lớp ${CLASS}` }).waitFor();
    const printed = await page.locator('.unsigned-table tbody tr td:nth-child(2)').allInnerTexts();
    assert.deepEqual(printed, un.students.map((s) => s.full_name));
    await checkScreen(page, '/cam-ket/chua-ky');
    await noCodes(page, '/cam-ket/chua-ky');
    await page.evaluate(() => {
      window.__printed = 0;
      window.print = () => {
        window.__printed += 1;
      };
    });
    await page.getByRole('button', { name: 'In', exact: true }).click();
    assert.equal(await page.evaluate(() => window.__printed), 1);
    // On paper the app's header and menu are left out.
    await page.emulateMedia({ media: 'print' });
    assert.equal(await page.locator('.app-header').isVisible(), false);
    await page.emulateMedia({ media: 'screen' });
    await logout(page);
  });
  test('the principal imports a commitments file and sees the coverage change', { timeout: TEST_TIMEOUT }, async () => {
    assert.ok(year, 'the roster was imported by the first test');
    const { page } = browser;
    await login(page, PRINCIPAL);
    await page.goto(`/cam-ket?nam=${year}`);
    await page.getByRole('heading', { level: 1, name: 'Cam kết' }).waitFor();
    await page.getByText('Cam kết của học sinh', { exact: true }).click();
    await page.getByRole('heading', { level: 2, name: /^Cam kết của học sinh/ }).waitFor();
    await pickOption(page, 'Lớp', CLASS);
    await page.getByText(`Lớp ${CLASS}: 0/3 đã ký (0%)`).waitFor();

    await page.getByRole('button', { name: 'Nhập từ tệp' }).click();
    await page.getByRole('heading', { level: 1, name: 'Nhập cam kết từ tệp' }).waitFor();
    await page.getByRole('link', { name: 'Tải tệp mẫu (XLSX)' }).waitFor();
    await checkScreen(page, '/cam-ket/nhap');
    await noCodes(page, '/cam-ket/nhap');
    const file = (value) => ({
      name: `cam-ket-${run}.csv`,
      mimeType: 'text/csv',
      buffer: Buffer.from(['Họ và tên,Ngày sinh,Lớp,Cam kết của học sinh', `${NAMES[0]},05/03/2011,${CLASS},Đã ký`, `${NAMES[1]},21/11/2011,${CLASS},${value}`, `${NAMES[2]},14/07/2011,${CLASS},Chưa ký`].join('\r\n') + '\r\n'),
    });
    // Row 3 says "Đã kí rồi": not a value the import knows; nothing can be written.
    await page.locator('input[type=file]').setInputFiles(file('Đã kí rồi'));
    await page.getByRole('button', { name: 'Tải lên và kiểm tra' }).click();
    const errors = page.locator('.student-import-errors');
    await errors.waitFor();
    const errorRows = await errors.locator('tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent.trim())));
    assert.equal(errorRows.length, 1, JSON.stringify(errorRows));
    assert.deepEqual(errorRows[0].slice(0, 2), ['3', 'Cam kết của học sinh']);
    assert.match(errorRows[0][2], /Đã kí rồi/);
    await page.getByRole('alert').filter({ hasText: 'chưa ghi nhận cam kết nào' }).first().waitFor();
    assert.equal(await page.getByRole('button', { name: 'Ghi vào hệ thống' }).isDisabled(), true);
    await checkScreen(page, '/cam-ket/nhap (errors)');
    await noCodes(page, '/cam-ket/nhap (errors)');

    // The fixed file: the preview counts, then the job with its progress.
    await page.locator('input[type=file]').setInputFiles(file('x'));
    await page.getByRole('button', { name: 'Tải lên và kiểm tra' }).click();
    const valid = page.locator('.student-import-valid');
    await valid.waitFor();
    assert.match(await valid.innerText(), /cam kết của 3 học sinh của Trường THPT Hồng Bàng/);
    assert.match(await valid.innerText(), /Cam kết của học sinh: 2 đã ký, 1 chưa ký; 3 học sinh thay đổi/);
    assert.match(await valid.innerText(), /Cam kết của cha mẹ học sinh: tệp không có cột này/);
    await checkScreen(page, '/cam-ket/nhap (preview)');
    await noCodes(page, '/cam-ket/nhap (preview)');
    await page.getByRole('button', { name: 'Ghi vào hệ thống' }).click();
    await page.getByRole('progressbar', { name: 'Tiến độ ghi nhận cam kết' }).waitFor();
    await page.waitForFunction(() => document.querySelector('[role=progressbar][aria-valuenow="100"]'), null, { timeout: 60_000 });
    const done = page.locator('.student-import-done');
    await done.waitFor();
    assert.match(await done.innerText(), /Đã ghi nhận cam kết của 3 học sinh: 3 thay đổi/);
    await checkScreen(page, '/cam-ket/nhap (done)');
    await noCodes(page, '/cam-ket/nhap (done)');

    // Back on /cam-ket the class reads 2/3; the API agrees.
    await page.getByRole('link', { name: 'Xem tỷ lệ đã ký' }).click();
    await page.getByRole('heading', { level: 1, name: 'Cam kết' }).waitFor();
    await page.getByText('Cam kết của học sinh', { exact: true }).click();
    await pickOption(page, 'Lớp', CLASS);
    await page.getByText(`Lớp ${CLASS}: 2/3 đã ký (66,7%)`).waitFor();
    const me = await api(page, '/api/v1/session');
    const cov = await api(page, `/api/v1/commitments/coverage?kind=student&school_year=${year}&unit_id=${me.user.unit_id}`);
    const cls = cov.schools[0].classes.find((c) => c.class_name === CLASS);
    assert.deepEqual({ signed: cls.signed, roster: cls.roster }, { signed: 2, roster: 3 });
    await logout(page);
  });
});
