// Accidents involving students: the police record one with two young people — a student of the
// demo rosters (linked by the matching engine) and one on no roster; the school of the linked
// student reads it with the name, another school does not see it, the Department sees it without
// names; the indicator source counts it once per school and under the place's police unit for the
// unknown one (deaths and injuries per school); bad input is refused; the owner withdraws it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { request, login, unitId } from './lib.mjs';

test('record, read by scope, count in the indicators, withdraw', async () => {
  const csgt = await login('csgt');
  const bgh = await login('bgh.hongbang');
  const so = await login('so.gddt');
  const s = (await request('GET', '/api/v1/students?school_year=2025-2026&limit=1000', { session: bgh })).json.students.find((x) => x.personal_id);
  const place = await unitId(csgt, 'CA-X11311');
  const body = {
    occurred_at: '2025-11-18T17:30', place_unit_id: place, address: 'Ngã tư Hoàng Văn Thụ – Điện Biên Phủ', vehicles: 'Xe máy va chạm xe ô tô con',
    cause: 'Xe máy vượt đèn đỏ', persons: [{ full_name: s.full_name, birth_date: s.birth_date, outcome: 'injury' }, { full_name: 'Nguyễn Văn Ngoài Danh Sách', birth_year: 2010, outcome: 'death' }],
  };
  const r = await request('POST', '/api/v1/accidents', { session: csgt, body });
  assert.equal(r.status, 201, r.text);
  const a = r.json.accident;
  assert.equal(a.injuries, 1);
  assert.equal(a.deaths, 1);
  assert.equal(a.persons[0].school.code, '03002');
  assert.equal(a.persons[1].school, null);
  assert.equal(a.persons[0].full_name, s.full_name);  // the recording unit reads the names
  const mine = await request('GET', `/api/v1/accidents/${a.id}`, { session: bgh });
  assert.equal(mine.status, 200, mine.text);
  assert.equal(mine.json.accident.persons[0].full_name, s.full_name);
  assert.equal(mine.json.accident.persons[1].full_name, null);
  assert.equal((await request('GET', `/api/v1/accidents/${a.id}`, { session: await login('gv.ngoquyen') })).status, 404);
  const list = await request('GET', '/api/v1/accidents?from=2025-11-18&to=2025-11-18', { session: so });
  const seen = list.json.accidents.find((x) => x.id === a.id);
  assert.ok(seen);
  assert.ok(seen.persons.every((p) => p.full_name === null));
  // The indicator source: deaths and injuries per school, the unknown person under the place.
  const dept = await unitId(so, 'SGDDT-HP');
  const school = await unitId(so, '03002');
  const fig = async (unit, computation) =>
    (await request('POST', '/api/v1/indicators/preview', { session: so, body: { school_year: '2025-2026', unit_id: unit, computation } })).json.value;
  const injuries = await fig(school, { sum: { source: 'accidents', field: 'injuries' } });
  assert.ok(injuries >= 1);
  assert.ok((await fig(dept, { count_distinct: { source: 'accidents', field: 'accident_id' } })) >= 1);
  // Bad input: nothing written.
  for (const [bad, field] of [
    [{ ...body, occurred_at: '2099-01-01T07:00' }, 'occurred_at'],
    [{ ...body, persons: [] }, 'persons'],
    [{ ...body, persons: [{ full_name: 'A', outcome: 'lost' }] }, 'persons[0].outcome'],
    [{ ...body, persons: [{ full_name: 'A', student_id: s.id, outcome: 'injury' }] }, 'persons[0].student_id'],  // the police do not pick roster students
    [{ ...body, place_unit_id: school }, 'place_unit_id'],
  ]) {
    const x = await request('POST', '/api/v1/accidents', { session: csgt, body: bad });
    assert.equal(x.status, 422, `${field}: ${x.text}`);
    assert.ok(x.json.error.fields?.[field], `${field}: ${x.text}`);
  }
  // A school links its own student directly; not another school's.
  const other = (await request('GET', '/api/v1/students?school_year=2025-2026&limit=1000', { session: await login('gv.ngoquyen') })).json.students[0];
  const byschool = await request('POST', '/api/v1/accidents', { session: bgh, body: { occurred_at: '2025-11-19T06:45', persons: [{ full_name: s.full_name, student_id: s.id, outcome: 'unhurt' }] } });
  assert.equal(byschool.status, 201, byschool.text);
  assert.equal(byschool.json.accident.persons[0].student_id, s.id);
  const foreign = await request('POST', '/api/v1/accidents', { session: bgh, body: { occurred_at: '2025-11-19T06:45', persons: [{ full_name: other.full_name, student_id: other.id, outcome: 'unhurt' }] } });
  assert.equal(foreign.status, 422);
  // Withdrawal by the recording unit only.
  assert.equal((await request('POST', `/api/v1/accidents/${a.id}/withdraw`, { session: bgh, body: { reason: 'x' } })).status, 404);
  for (const body of [{}, { reason: '  ' }, { reason: 'x'.repeat(1001) }]) {
    const bad = await request('POST', `/api/v1/accidents/${a.id}/withdraw`, { session: csgt, body });
    assert.equal(bad.status, 422, `${JSON.stringify(body).slice(0, 40)}: ${bad.text}`);
    assert.ok(bad.json.error.fields?.reason, bad.text);
  }
  assert.equal((await request('POST', `/api/v1/accidents/${a.id}/withdraw`, { session: csgt, body: { reason: 'Ghi trùng' } })).status, 200);
  assert.equal((await request('GET', `/api/v1/accidents/${a.id}`, { session: csgt })).status, 404);
});
