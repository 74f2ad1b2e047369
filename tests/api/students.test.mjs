// Students over HTTP (issue 11): a roster through the upload (CSV in each encoding, XLSX), the
// preview with per-row errors, the commit as a job with progress (all or nothing, one audit row
// for the batch, the batch id on every row), a re-import that updates, a move between schools,
// hostile files, commitments and their coverage, parking operators, and who sees what.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { request, login, unitId, waitJob } from './lib.mjs';
import { xlsx, sheet } from './xlsx_fixture.mjs';
import { encodeTcvn3, encodeVni, encodeCp1258, ROSTER_NAMES, rosterText } from './vn_encode.mjs';

const YEAR = '2025-2026';
async function upload(s, name, bytes) {
  return request('POST', `/api/v1/uploads?name=${encodeURIComponent(name)}`, { session: s, raw: Buffer.from(bytes), headers: { 'content-type': 'application/octet-stream' } });
}
async function preview(s, unit, name, bytes, extra = {}) {
  const up = await upload(s, name, bytes);
  if (up.status !== 201) return up;
  return request('POST', '/api/v1/students/import-preview', { session: s, body: { file_id: up.json.file.id, unit_id: unit, school_year: YEAR, ...extra } });
}
async function commit(s, unit, name, bytes, year = YEAR) {
  const up = await upload(s, name, bytes);
  assert.equal(up.status, 201, up.text);
  const r = await request('POST', '/api/v1/students/import', { session: s, body: { file_id: up.json.file.id, unit_id: unit, school_year: year } });
  assert.equal(r.status, 201, r.text);
  return waitJob(s, r.json.job_id, []);
}

test('a roster in each encoding and as XLSX: preview, commit as a job, re-import updates', async () => {
  const bgh = await login('bgh.hongbang');
  const school = await unitId(bgh, '03002');
  const utf8 = '\uFEFFHọ và tên,Ngày sinh,Giới tính,Lớp,Mã định danh,Số điện thoại\nĐinh Công Kiểm,05/03/2010,Nam,10Z1,031210888001,0912345678\nTạ Thị Thử,2010-04-01,Nữ,10Z1,,\n';
  const p = await preview(bgh, school, 'ds.csv', utf8);
  assert.equal(p.status, 200, p.text);
  assert.equal(p.json.count, 2);
  assert.equal(p.json.inserted, 2);
  assert.equal(p.json.encoding, 'utf-8');
  const cp = Buffer.from('Ho\xf2 va\xcc t\xean,Nga\xccy sinh\nL\xea V\xe3n C\xfd\xf5\xccng,05/03/2010\n', 'latin1');
  const pc = await preview(bgh, school, 'cu.csv', cp, { encoding: 'cp1258' });
  assert.equal(pc.status, 200, pc.text);
  assert.equal(pc.json.rows[0].full_name, 'Lê Văn Cường');
  const px = await preview(bgh, school, 'ds.xlsx', xlsx(sheet([['Họ và tên', 'Ngày sinh'], ['Vương Thị Bảng', '05/03/2010']])));
  assert.equal(px.status, 200, px.text);
  assert.equal(px.json.file_kind, 'xlsx');
  const job = await commit(bgh, school, 'ds.csv', utf8);
  assert.equal(job.status, 'done', JSON.stringify(job.error));
  assert.equal(job.result.inserted, 2);
  const audit = await request('GET', `/api/v1/audit?batch_id=${encodeURIComponent(job.result.batch_id)}`, { session: await login('admin') });
  if (audit.status === 200) assert.equal(audit.json.entries.filter((e) => e.entity === 'student_roster').length, 1);
  const again = await commit(bgh, school, 'ds.csv', utf8);
  assert.equal(again.result.inserted, 0);
  assert.equal(again.result.updated, 2);
});

test('bad input: per-row errors with the file\'s columns, file-level refusals, hostile XLSX', async () => {
  const bgh = await login('bgh.hongbang');
  const school = await unitId(bgh, '03002');
  const bad = await preview(bgh, school, 'loi.csv', 'Ngày sinh,Họ và tên\n31/02/2010,Lê Văn A\n05/03/2010,"Lê\tVăn B"\n05/03/1990,Lê Văn C\n');
  assert.equal(bad.status, 422, bad.text);
  assert.deepEqual(bad.json.error.rows.map((r) => `${r.row}|${r.column}`), ['2|Ngày sinh', '3|Họ và tên', '4|Ngày sinh']);
  for (const [name, bytes] of [
    ['thieu-cot.csv', 'Họ và tên,Lớp\nAn,10A1\n'],
    ['rong.csv', 'Họ và tên,Ngày sinh\n\n'],
    ['ngoac.csv', 'Họ và tên,Ngày sinh\n"An,05/03/2010\n'],
    ['nul.csv', 'Họ và tên,Ngày sinh\nA\0n,05/03/2010\n'],
    ['doctype.xlsx', xlsx('<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaa">]><worksheet><sheetData/></worksheet>')],
    ['dotdot.xlsx', xlsx(sheet([['Họ và tên', 'Ngày sinh']]), [['../../evil.txt', Buffer.from('x')]])],
    ['bomb.xlsx', xlsx(' '.repeat(40 * 1024 * 1024))],
    ['cut.xlsx', xlsx(sheet([['Họ và tên', 'Ngày sinh'], ['An', '05/03/2010']])).subarray(0, 100)],
  ]) {
    const r = await preview(bgh, school, name, bytes);
    assert.ok([415, 422].includes(r.status), `${name}: ${r.status} ${r.text.slice(0, 200)}`);
  }
});

test('a move between schools keeps one student and their history; scope and phones', async () => {
  const so = await login('so.gddt');
  const a = await unitId(so, '03002');
  const b = await unitId(so, '03007');
  const row = 'Họ và tên,Ngày sinh,Mã định danh,Lớp,Số điện thoại\nQuách Văn Chuyển,05/03/2009,031209888002,11Z1,0987654321\n';
  assert.equal((await commit(so, a, 'a.csv', row, '2024-2025')).status, 'done');
  const moved = await commit(so, b, 'b.csv', row.replace('11Z1', '12Z1'), YEAR);
  assert.equal(moved.result.updated, 1);
  const list = await request('GET', `/api/v1/students?school_year=${YEAR}&unit_id=${b}&q=quach chuyen`, { session: so });
  assert.equal(list.json.students.length, 1);
  const id = list.json.students[0].id;
  assert.equal(list.json.students[0].school_code, '03007');
  const one = await request('GET', `/api/v1/students/${id}`, { session: so });
  assert.deepEqual(one.json.student.years.map((y) => y.school_code), ['03002', '03007']);
  assert.equal(one.json.student.guardians[0].phone, null);  // the Department does not see phones
  // The old school sees its own year only; the police see nothing.
  const gv = await login('gv.hongbang');
  const old = await request('GET', `/api/v1/students/${id}`, { session: gv });
  assert.equal(old.status, 200);
  assert.deepEqual(old.json.student.years.map((y) => y.school_code), ['03002']);
  assert.equal(old.json.student.guardians[0].phone, null);
  assert.equal((await request('GET', `/api/v1/students?unit_id=${b}`, { session: await login('csgt') })).status, 403);
  const own = await request('GET', `/api/v1/students?school_year=${YEAR}&unit_id=${a}`, { session: gv });
  assert.ok(own.json.students.every((s) => s.school_code === '03002'));
  // The list shows guardians too: phones to the student's own school only.
  const withGuardians = own.json.students.filter((s) => s.guardians.length > 0);
  assert.ok(withGuardians.length > 0);
  assert.ok(withGuardians.some((s) => s.guardians.some((g) => /^0\d{9}$/.test(g.phone ?? ''))));
  assert.ok(withGuardians.every((s) => s.guardians.every((g) => g.name !== '' || g.phone !== null)));
  const bySo = await request('GET', `/api/v1/students?school_year=${YEAR}&unit_id=${a}`, { session: so });
  assert.ok(bySo.json.students.some((s) => s.guardians.length > 0));
  assert.ok(bySo.json.students.every((s) => s.guardians.every((g) => g.phone === null)), 'the Department sees no phones');
  const oldYear = await request('GET', `/api/v1/students?school_year=2024-2025&unit_id=${a}&q=quach chuyen`, { session: gv });
  assert.equal(oldYear.json.students.length, 1);
  assert.equal(oldYear.json.students[0].guardians[0].phone, null, 'the old school sees no phone of a student who moved');
  const newSchool = await request('GET', `/api/v1/students?school_year=${YEAR}&unit_id=${b}&q=quach chuyen`, { session: await login('gv.ngoquyen') });
  assert.equal(newSchool.json.students[0].guardians[0].phone, '0987654321');
  assert.equal((await request('GET', `/api/v1/students?school_year=${YEAR}&unit_id=${b}`, { session: gv })).status, 404);
});

test('commitments by class: coverage per class and school, who has not signed; parking operators', async () => {
  const gv = await login('gv.hongbang');
  const school = await unitId(gv, '03002');
  const roster = (await request('GET', `/api/v1/students?school_year=${YEAR}&unit_id=${school}&class_name=10A1`, { session: gv })).json.students;
  assert.ok(roster.length >= 2);
  const entries = roster.map((s, i) => ({ student_id: s.id, signed: i > 0, signed_date: '2025-09-15' }));
  const rec = await request('PUT', '/api/v1/commitments', { session: gv, body: { school_year: YEAR, kind: 'parent', unit_id: school, entries } });
  assert.equal(rec.status, 200, rec.text);
  assert.equal(rec.json.signed, roster.length - 1);
  const cov = await request('GET', `/api/v1/commitments/coverage?kind=parent&school_year=${YEAR}&unit_id=${school}`, { session: gv });
  const cls = cov.json.schools[0].classes.find((c) => c.class_name === '10A1');
  assert.equal(cls.signed, roster.length - 1);
  assert.equal(cls.roster, roster.length);
  const un = await request('GET', `/api/v1/commitments/unsigned?kind=parent&class_name=10A1&school_year=${YEAR}&unit_id=${school}`, { session: gv });
  assert.deepEqual(un.json.students.map((s) => s.id), [roster[0].id]);
  const so = await login('so.gddt');
  const up = await request('GET', `/api/v1/commitments/coverage?kind=parent&school_year=${YEAR}`, { session: so });
  assert.ok(up.json.signed >= roster.length - 1);
  const op = await request('POST', `/api/v1/units/${school}/parking-operators`, { session: gv, body: { name: 'Bãi xe cổng sau', address: 'Ngõ 3' } });
  assert.equal(op.status, 201, op.text);
  await request('PATCH', `/api/v1/parking-operators/${op.json.parking_operator.id}`, { session: gv, body: { signed_date: '2025-09-20' } });
  const cov2 = await request('GET', `/api/v1/commitments/coverage?kind=parent&school_year=${YEAR}&unit_id=${school}`, { session: gv });
  assert.ok(cov2.json.parking.signed >= 1);
});

test('the upload preview decodes each encoding with auto (and named), and refuses an undecidable one', async () => {
  const bgh = await login('bgh.hongbang');
  const school = await unitId(bgh, '03002');
  const text = rosterText('2010');
  for (const [enc, bytes] of [
    ['utf-8', Buffer.from(text)],
    ['utf-8', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)])],
    ['cp1258', encodeCp1258(text)],
    ['tcvn3', encodeTcvn3(text)],
    ['vni', encodeVni(text)],
  ]) {
    for (const extra of [{}, { encoding: 'auto' }, { encoding: enc }]) {
      const p = await preview(bgh, school, `ma-${enc}.csv`, bytes, extra);
      assert.equal(p.status, 200, `${enc} ${JSON.stringify(extra)}: ${p.text.slice(0, 300)}`);
      assert.equal(p.json.encoding, enc);
      assert.deepEqual(p.json.rows.map((r) => r.full_name), ROSTER_NAMES, enc);
    }
  }
  const lines = text.split('\n');
  const mixed = Buffer.concat([encodeTcvn3(lines.slice(0, 5).join('\n') + '\n'), encodeVni(lines.slice(5).join('\n'))]);
  const r = await preview(bgh, school, 'tron.csv', mixed, { encoding: 'auto' });
  assert.equal(r.status, 422, r.text);
  assert.match(r.text, /encoding/);
});

// Commitment coverage is a source of the indicator engine: one record per rostered student and
// kind (signed 0/1) and per parking operator; the catalogue's COMMITMENTS counts the signed ones.
test('the indicator preview computes commitments from the recorded signatures', async () => {
  const admin = await login('admin');
  const gv = await login('gv.hongbang');
  const school = await unitId(gv, '03002');
  const catalogue = (await request('GET', '/api/v1/indicators', { session: admin })).json;
  const comp = (code) => (catalogue.indicators ?? catalogue).find((i) => i.code === code).computation;
  const fig = async (computation) => {
    const r = await request('POST', '/api/v1/indicators/preview', { session: admin, body: { school_year: YEAR, unit_id: school, computation } });
    assert.equal(r.status, 200, r.text);
    return r.json.value;
  };
  const cov = async (kind) => (await request('GET', `/api/v1/commitments/coverage?kind=${kind}&school_year=${YEAR}&unit_id=${school}`, { session: gv })).json;
  // Record student commitments for a class of the demo roster: all but its first student sign.
  const classes = (await cov('student')).schools[0].classes.filter((c) => c.roster >= 2);
  const cls = classes[classes.length - 1].class_name;
  const roster = (await request('GET', `/api/v1/students?school_year=${YEAR}&unit_id=${school}&class_name=${encodeURIComponent(cls)}`, { session: gv })).json.students;
  const parkingBefore = await fig(comp('COMMITMENTS_PARKING'));
  const rec = await request('PUT', '/api/v1/commitments', { session: gv, body: { school_year: YEAR, kind: 'student', unit_id: school, entries: roster.map((s, i) => ({ student_id: s.id, signed: i > 0, signed_date: '2025-09-15' })) } });
  assert.equal(rec.status, 200, rec.text);
  const op = await request('POST', `/api/v1/units/${school}/parking-operators`, { session: gv, body: { name: 'Điểm giữ xe chỉ tiêu', address: 'Số 1' } });
  assert.equal(op.status, 201, op.text);
  await request('PATCH', `/api/v1/parking-operators/${op.json.parking_operator.id}`, { session: gv, body: { signed_date: '2025-10-01' } });
  const student = await cov('student'), parent = await cov('parent');
  assert.ok(student.signed >= roster.length - 1);
  assert.equal(await fig({ count: { source: 'commitments', where: { kind: ['student'], signed: [1] } } }), student.signed);
  assert.equal(await fig({ count: { source: 'commitments', where: { kind: ['student'] } } }), student.roster);
  assert.equal(await fig(comp('COMMITMENTS_PARENT')), parent.signed);
  const parking = await fig(comp('COMMITMENTS_PARKING'));
  assert.equal(parking, (parkingBefore ?? 0) + 1);
  assert.equal(await fig(comp('COMMITMENTS')), student.signed + parent.signed + parking);
});
