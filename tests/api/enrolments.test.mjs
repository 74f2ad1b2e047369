// Enrolment: CSV import (dry run, all or nothing, row and column errors, scope), the scoped list,
// and totals rolled up over a unit's subtree.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { request, login, unitId } from './lib.mjs';

const YEAR = '2027-2028';
const HEADER = 'unit_code,school_year,level,students';
const imp = (session, csv, dry_run) => request('POST', '/api/v1/enrolments/import', { session, body: dry_run === undefined ? { csv } : { csv, dry_run } });

test('the Department imports enrolment: a dry run writes nothing, then totals roll up', async () => {
  const s = await login('so.gddt');
  const csv = [HEADER, `03002,${YEAR},upper_secondary,1100`, `03003,${YEAR},upper_secondary,900`,
    `S-11305-THCS,${YEAR},lower_secondary,500`, `S-11314-MN,${YEAR},preschool,150`].join('\n');
  const dry = await imp(s, csv, true);
  assert.equal(dry.status, 200, dry.text);
  assert.deepEqual(dry.json, { dry_run: true, rows: 4, units: 4 });
  const none = await request('GET', `/api/v1/enrolments?school_year=${YEAR}`, { session: s });
  assert.equal(none.json.enrolments.length, 0, 'a dry run writes nothing');
  const done = await imp(s, csv);
  assert.deepEqual(done.json, { dry_run: false, rows: 4, units: 4 });
  const list = await request('GET', `/api/v1/enrolments?school_year=${YEAR}`, { session: s });
  assert.equal(list.json.enrolments.length, 4);
  const row = list.json.enrolments.find((e) => e.unit_code === '03002');
  assert.equal(row.students, 1100);
  assert.equal(row.source, 'import');

  const dept = await unitId(s, 'SGDDT-HP');
  const totals = await request('GET', `/api/v1/enrolments/totals?school_year=${YEAR}&unit_id=${dept}`, { session: s });
  assert.equal(totals.status, 200, totals.text);
  assert.equal(totals.json.total, 2650);
  assert.equal(totals.json.units_reporting, 4);
  assert.equal(totals.json.as_of, '2027-09-05');
  assert.deepEqual(totals.json.by_level, [
    { level: 'preschool', students: 150 }, { level: 'lower_secondary', students: 500 }, { level: 'upper_secondary', students: 2000 }]);
  const office = await unitId(s, 'VHXH-11311');
  const sub = await request('GET', `/api/v1/enrolments/totals?school_year=${YEAR}&unit_id=${office}`, { session: s });
  assert.equal(sub.json.total, 650);
  const filtered = await request('GET', `/api/v1/enrolments?school_year=${YEAR}&unit_id=${office}`, { session: s });
  assert.deepEqual(filtered.json.enrolments.map((e) => e.unit_code).sort(), ['S-11305-THCS', 'S-11314-MN']);

  // A second import replaces the figure of the same school, year and level.
  await imp(s, [HEADER, `03002,${YEAR},upper_secondary,1150`].join('\n'));
  const again = await request('GET', `/api/v1/enrolments/totals?school_year=${YEAR}&unit_id=${dept}`, { session: s });
  assert.equal(again.json.total, 2700);
  const audit = await request('GET', '/api/v1/audit?entity=enrolment', { session: await login('admin') });
  assert.ok(audit.json.entries.some((e) => e.action === 'import'));
});

test('a bad enrolment CSV is refused whole, with the row and column of every error', async () => {
  const s = await login('so.gddt');
  const csv = [HEADER, '03002,2025-2027,upper_secondary,10', '03003,2025-2026,university,10',
    '03005,2025-2026,continuing,-3', '03002,2025-2026,upper_secondary,abc', '03002,2025-2026,upper_secondary,5'].join('\n');
  const r = await imp(s, csv);
  assert.equal(r.status, 422);
  const cells = r.json.error.rows.map((x) => `${x.row}:${x.column}`);
  for (const want of ['2:school_year', '3:level', '4:students', '5:students', '6:level']) assert.ok(cells.includes(want), `${want} in ${cells}`);
  // Database checks: unknown code, a unit that is not a school, a school not yet open.
  const code = `MN-MOI-${Date.now().toString(36)}`;
  const dept = await unitId(s, 'SGDDT-HP');
  const created = await request('POST', '/api/v1/units', { session: s, body: { code, name: 'Trường Mầm non Mới', type: 'MN', parent_id: dept, valid_from: '2030-01-01' } });
  assert.equal(created.status, 201, created.text);
  const r2 = await imp(s, [HEADER, 'KHONG-CO,2025-2026,primary,10', 'SGDDT-HP,2025-2026,primary,10', `${code},2029-2030,preschool,10`].join('\n'));
  assert.equal(r2.status, 422);
  assert.deepEqual(r2.json.error.rows.map((x) => `${x.row}:${x.column}`), ['2:unit_code', '3:unit_code', '4:unit_code']);
  const missing = await imp(s, 'unit_code,school_year,level\n03002,2025-2026,primary\n');
  assert.equal(missing.status, 422);
  assert.equal(missing.json.error.rows[0].column, 'Số học sinh');
  assert.match(missing.json.error.rows[0].message, /Thiếu cột "Số học sinh"/);
  const empty = await imp(s, `${HEADER}\n`);
  assert.equal(empty.status, 422);
  const unknownField = await request('POST', '/api/v1/enrolments/import', { session: s, body: { csv: `${HEADER}\n`, extra: 1 } });
  assert.equal(unknownField.status, 422);
  assert.ok(unknownField.json.error.fields.extra);
  const noYear = await request('GET', '/api/v1/enrolments/totals', { session: s });
  assert.equal(noYear.status, 422);
  assert.ok(noYear.json.error.fields.school_year);
  const badYear = await request('GET', '/api/v1/enrolments?school_year=2025', { session: s });
  assert.equal(badYear.status, 422);
});

test('enrolment is scoped: a commune office imports for its schools only; police see none', async () => {
  const office = await login('vhxh.hongbang');
  const ok = await imp(office, [HEADER, `S-11299-TH,${YEAR},primary,420`].join('\n'));
  assert.equal(ok.status, 200, ok.text);
  const out = await imp(office, [HEADER, `S-11299-TH,${YEAR},primary,420`, `03002,${YEAR},upper_secondary,1`].join('\n'));
  assert.equal(out.status, 422);
  assert.deepEqual(out.json.error.rows.map((x) => `${x.row}:${x.column}`), ['3:unit_code']);
  const list = await request('GET', `/api/v1/enrolments?school_year=${YEAR}`, { session: office });
  assert.ok(list.json.enrolments.length >= 1);
  assert.ok(list.json.enrolments.every((e) => e.unit_code.startsWith('S-')), 'only schools under the office');

  const school = await login('bgh.hongbang');
  const own = await request('GET', `/api/v1/enrolments?school_year=${YEAR}`, { session: school });
  assert.ok(own.json.enrolments.every((e) => e.unit_code === '03002'));
  const teacher = await login('gv.hongbang');
  const denied = await imp(teacher, [HEADER, `03002,${YEAR},upper_secondary,1`].join('\n'));
  assert.equal(denied.status, 403);

  const police = await login('csgt');
  // Enrolment is education data: the police hold no view_enrolments capability (issue 9: no
  // screen that leads nowhere), so the routes refuse them outright.
  const seen = await request('GET', `/api/v1/enrolments?school_year=${YEAR}`, { session: police });
  assert.equal(seen.status, 403);
  const dept = await unitId(police, 'SGDDT-HP');
  const totals = await request('GET', `/api/v1/enrolments/totals?school_year=${YEAR}&unit_id=${dept}`, { session: police });
  assert.equal(totals.status, 403);
});

test('the template\'s Vietnamese headers, in any order, with Vietnamese level names; errors name the file\'s columns', async () => {
  const s = await login('so.gddt');
  const ok = await imp(s, 'Năm học,Mã đơn vị,Số học sinh,Cấp học\n2024-2025,03002,1050,THPT\n2024-2025,S-11305-THCS,600,Trung học cơ sở\n', true);
  assert.equal(ok.status, 200, ok.text);
  const bad = await imp(s, 'Năm học,Mã đơn vị,Số học sinh,Cấp học\n2024-2025,03002,nhiều,THPT\n2024-2025,03002,10,Đại học\n2024-2025,KHONG-CO,10,THPT\n');
  assert.equal(bad.status, 422);
  assert.deepEqual(bad.json.error.rows.map((x) => `${x.row}:${x.column}`), ['2:Số học sinh', '3:Cấp học']);
  assert.match(bad.json.error.rows[1].message, /Mầm non, Tiểu học, THCS, THPT, GDTX hoặc GDNN/);
  const unknown = await imp(s, 'Mã đơn vị,Năm học,Cấp học,Số học sinh\nKHONG-CO,2024-2025,THPT,10\n');
  assert.deepEqual(unknown.json.error.rows.map((x) => `${x.row}:${x.column}`), ['2:Mã đơn vị']);
});
