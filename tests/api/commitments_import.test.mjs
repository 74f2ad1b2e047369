// Commitments imported from a file over HTTP (issue 11, "by import"): the template, the preview
// with per-row errors (unknown values, formulas, students not on the school's roster — another
// school's students among them —, classes, dates), file-level refusals (headers, encodings, NUL
// bytes), nothing written on an error, the commit as a job (one audit row for the batch, every
// signature with its batch id), a re-import that changes nothing, XLSX, and who may import.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { request, login, unitId, waitJob } from './lib.mjs';
import { xlsx, sheet } from './xlsx_fixture.mjs';

// A school year and class of their own, so that no other test's figures move.
const YEAR = '2024-2025';
const CLASS = '12CK1';
const STUDENTS = [
  ['031209777001', 'Đoàn Văn Cam', '2009-04-12'],
  ['', 'Lã Thị Kết', '2009-08-30'],
  ['', 'Mạc Hữu Ký', '2009-12-01'],
];
const dmy = (iso) => iso.split('-').reverse().join('/');

async function upload(s, name, bytes) {
  return request('POST', `/api/v1/uploads?name=${encodeURIComponent(name)}`, { session: s, raw: Buffer.from(bytes), headers: { 'content-type': 'application/octet-stream' } });
}
async function call(s, path, unit, name, bytes, extra = {}) {
  const up = await upload(s, name, bytes);
  if (up.status !== 201) return up;
  return request('POST', path, { session: s, body: { file_id: up.json.file.id, unit_id: unit, school_year: YEAR, ...extra } });
}
const preview = (s, unit, name, bytes, extra) => call(s, '/api/v1/commitments/import-preview', unit, name, bytes, extra);
async function commit(s, unit, name, bytes) {
  const r = await call(s, '/api/v1/commitments/import', unit, name, bytes);
  assert.equal(r.status, 201, r.text);
  return waitJob(s, r.json.job_id, []);
}
async function classCoverage(s, unit, kind) {
  const r = await request('GET', `/api/v1/commitments/coverage?kind=${kind}&school_year=${YEAR}&unit_id=${unit}`, { session: s });
  assert.equal(r.status, 200, r.text);
  const c = r.json.schools.flatMap((x) => x.classes).find((x) => x.class_name === CLASS);
  return c ? { roster: c.roster, signed: c.signed } : null;
}

let fx;
async function setup() {
  if (fx) return fx;
  const bgh = await login('bgh.hongbang');
  const school = await unitId(bgh, '03002');
  const roster = 'Mã định danh,Họ và tên,Ngày sinh,Lớp\n' + STUDENTS.map(([id, n, b]) => `${id},${n},${dmy(b)},${CLASS}`).join('\n') + '\n';
  const up = await upload(bgh, 'ds.csv', roster);
  assert.equal(up.status, 201, up.text);
  const r = await request('POST', '/api/v1/students/import', { session: bgh, body: { file_id: up.json.file.id, unit_id: school, school_year: YEAR } });
  assert.equal(r.status, 201, r.text);
  const job = await waitJob(bgh, r.json.job_id, []);
  assert.equal(job.status, 'done', JSON.stringify(job.error));
  // A student of another school (03007) that year.
  const ngoquyen = await login('gv.ngoquyen');
  const other = await request('GET', `/api/v1/students?school_year=${YEAR}&unit_id=${await unitId(ngoquyen, '03007')}&limit=1`, { session: ngoquyen });
  assert.equal(other.status, 200, other.text);
  fx = { bgh, school, ngoquyen, foreign: other.json.students[0], otherSchool: await unitId(ngoquyen, '03007') };
  return fx;
}

const GOOD = 'Họ và tên,Ngày sinh,Lớp,Mã định danh,Cam kết của học sinh,Cam kết của phụ huynh,Ngày ký\n' +
  `Đoàn Văn Cam,${dmy(STUDENTS[0][2])},${CLASS},031209777001,Đã ký,x,15/09/2024\n` +
  `LÃ THỊ KẾT,${dmy(STUDENTS[1][2])},,,Có,Chưa ký,\n` +
  `Mạc Hữu Ký,${dmy(STUDENTS[2][2])},${CLASS.toLowerCase()},,0,,\n`;

test('the commitments template lists the columns the importer reads', async () => {
  const s = await login('gv.hongbang');
  const r = await request('GET', '/api/v1/import-templates/commitments', { session: s, binary: true });
  assert.equal(r.status, 200);
  assert.match(r.headers.get('content-type'), /spreadsheetml/);
});

test('preview: per-row errors with the file\'s columns and Vietnamese reasons; nothing written', async () => {
  const { bgh, school, foreign } = await setup();
  const before = await classCoverage(bgh, school, 'student');
  assert.deepEqual(before, { roster: 3, signed: 0 });
  const bad = await preview(bgh, school, 'loi.csv',
    'Cam kết của học sinh,Họ và tên,Ngày sinh,Lớp,Ngày ký\n' +
    `=1+1,Đoàn Văn Cam,${dmy(STUDENTS[0][2])},,\n` +                          // 2: a formula is not a value
    `rồi,Lã Thị Kết,${dmy(STUDENTS[1][2])},,\n` +                             // 3: unknown value
    `x,${foreign.full_name},${dmy(foreign.birth_date)},,\n` +                 // 4: another school's student
    `x,Mạc Hữu Ký,${dmy(STUDENTS[2][2])},10A1,\n` +                           // 5: not their class
    `x,Mạc Hữu Ký,31/02/2009,,\n` +                                           // 6: no such day
    `Chưa ký,Mạc Hữu Ký,${dmy(STUDENTS[2][2])},,01/10/2024\n` +               // 7: a date but unsigned
    `x,Mạc Hữu Ký,${dmy(STUDENTS[2][2])},,01/01/2099\n`);                     // 8: a date after today
  assert.equal(bad.status, 422, bad.text);
  assert.deepEqual(bad.json.error.rows.map((r) => `${r.row}|${r.column}`),
    ['2|Cam kết của học sinh', '3|Cam kết của học sinh', '4|Họ và tên', '5|Lớp', '6|Ngày sinh', '7|Ngày ký', '8|Ngày ký']);
  assert.match(bad.json.error.rows[2].message, /Không có học sinh .* trong danh sách học sinh của trường/);
  assert.match(bad.json.error.message, /chưa ghi nhận cam kết nào/);
  for (const [name, bytes, extra] of [
    ['thieu-cot.csv', 'Họ và tên,Ngày sinh\nAn,05/03/2009\n'],
    ['sai-tieu-de.csv', 'Tên,Sinh ngày,Cam kết\nAn,05/03/2009,x\n'],
    ['rong.csv', 'Họ và tên,Ngày sinh,Cam kết của học sinh\n\n'],
    ['nul.csv', 'Họ và tên,Ngày sinh,Cam kết của học sinh\nA\0n,05/03/2009,x\n'],
    ['tcvn3.csv', Buffer.from('Ho va ten,Ngay sinh,Cam ket cua hoc sinh\n\xb8\xb9\xa9 \xae\xab,05/03/2009,x\n', 'latin1'), { encoding: 'utf-8' }],
  ]) {
    const r = await preview(bgh, school, name, bytes, extra);
    assert.ok([415, 422].includes(r.status), `${name}: ${r.status} ${r.text.slice(0, 200)}`);
    assert.match(r.json.error.message, /[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/i, `${name}: Vietnamese message`);
  }
  const missing = await preview(bgh, school, 'thieu-cot.csv', 'Họ và tên,Ngày sinh\nAn,05/03/2009\n');
  assert.match(missing.json.error.fields.file_id, /Cam kết của học sinh/);
  const enc = await preview(bgh, school, 'a.csv', GOOD, { encoding: 'koi8-r' });
  assert.equal(enc.status, 422);
  assert.ok(enc.json.error.fields.encoding);
  assert.equal((await request('POST', '/api/v1/commitments/import-preview', { session: bgh, body: {} })).status, 422);
  assert.equal((await request('POST', '/api/v1/commitments/import', { session: bgh, body: {} })).status, 422);
  // A job started on a bad file fails with the same rows and writes nothing.
  const failed = await commit(bgh, school, 'loi.csv', `Họ và tên,Ngày sinh,Cam kết của học sinh\nĐoàn Văn Cam,${dmy(STUDENTS[0][2])},x\nKhông Có Ai,01/01/2009,x\n`);
  assert.equal(failed.status, 'failed');
  assert.deepEqual(await classCoverage(bgh, school, 'student'), before);
});

test('commit as a job: coverage changes, one audit row for the batch; a re-import changes nothing', async () => {
  const { bgh, school } = await setup();
  const p = await preview(bgh, school, 'cam-ket.csv', GOOD);
  assert.equal(p.status, 200, p.text);
  assert.equal(p.json.count, 3);
  assert.deepEqual(p.json.student, { signed: 2, not_signed: 1, changed: 3 });
  assert.deepEqual(p.json.parent, { signed: 1, not_signed: 2, changed: 3 });
  assert.equal(p.json.rows[1].full_name, 'Lã Thị Kết');
  assert.equal(p.json.rows[0].signed_date, '2024-09-15');
  const job = await commit(bgh, school, 'cam-ket.csv', GOOD);
  assert.equal(job.status, 'done', JSON.stringify(job.error));
  assert.equal(job.result.changed, 6);
  assert.match(job.result.batch_id, /^job:\d+$/);
  assert.deepEqual(await classCoverage(bgh, school, 'student'), { roster: 3, signed: 2 });
  assert.deepEqual(await classCoverage(bgh, school, 'parent'), { roster: 3, signed: 1 });
  const admin = await login('admin');
  const audit = await request('GET', `/api/v1/audit?batch_id=${encodeURIComponent(job.result.batch_id)}`, { session: admin });
  assert.equal(audit.status, 200, audit.text);
  const rows = audit.json.entries.filter((e) => e.entity === 'commitment');
  assert.equal(rows.length, 1);
  assert.equal(audit.json.entries.length, 1);
  // The same file again: nothing changes, nothing is rewritten.
  const again = await commit(bgh, school, 'cam-ket.csv', GOOD);
  assert.equal(again.status, 'done', JSON.stringify(again.error));
  assert.equal(again.result.changed, 0);
  assert.match(again.result.message, /không có gì thay đổi/);
  assert.deepEqual(await classCoverage(bgh, school, 'student'), { roster: 3, signed: 2 });
  // The students who have not signed, after the import.
  const un = await request('GET', `/api/v1/commitments/unsigned?kind=parent&class_name=${CLASS}&school_year=${YEAR}&unit_id=${school}`, { session: bgh });
  assert.deepEqual(un.json.students.map((s) => s.full_name).sort(), ['Lã Thị Kết', 'Mạc Hữu Ký']);
  // An XLSX by the teacher: one parent signs now (a student column absent: left as it is).
  const gv = await login('gv.hongbang');
  const file = xlsx(sheet([['Họ và tên', 'Ngày sinh', 'Cam kết của phụ huynh'], ['Mạc Hữu Ký', dmy(STUDENTS[2][2]), 'Đã ký']]));
  const px = await preview(gv, school, 'cam-ket.xlsx', file);
  assert.equal(px.status, 200, px.text);
  assert.equal(px.json.file_kind, 'xlsx');
  assert.equal(px.json.student, null);
  assert.deepEqual(px.json.parent, { signed: 1, not_signed: 0, changed: 1 });
  const jx = await commit(gv, school, 'cam-ket.xlsx', file);
  assert.equal(jx.status, 'done', JSON.stringify(jx.error));
  assert.deepEqual(await classCoverage(bgh, school, 'parent'), { roster: 3, signed: 2 });
  assert.deepEqual(await classCoverage(bgh, school, 'student'), { roster: 3, signed: 2 });
});

test('a school imports only for its own students; the police and offices may not import', async () => {
  const { bgh, school, ngoquyen, otherSchool } = await setup();
  // Another school's teacher for this school's students: refused, whatever the file says.
  assert.equal((await preview(ngoquyen, school, 'cam-ket.csv', GOOD)).status, 403);
  assert.equal((await call(ngoquyen, '/api/v1/commitments/import', school, 'cam-ket.csv', GOOD)).status, 403);
  // This school for the other school: refused too.
  assert.equal((await preview(bgh, otherSchool, 'cam-ket.csv', GOOD)).status, 403);
  // The other school's own file naming this school's students: they are not on its roster.
  const r = await preview(ngoquyen, otherSchool, 'cam-ket.csv', GOOD);
  assert.equal(r.status, 422, r.text);
  assert.equal(r.json.error.rows.length, 3);
  for (const login_ of ['csgt', 'so.gddt']) {
    const s = await login(login_);
    const p = await preview(s, school, 'cam-ket.csv', GOOD);
    assert.equal(p.status, 403, `${login_}: ${p.text}`);
    const j = await call(s, '/api/v1/commitments/import', school, 'cam-ket.csv', GOOD);
    assert.equal(j.status, 403, `${login_}: ${j.text}`);
  }
});
