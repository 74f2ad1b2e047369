// The indicator catalogue: read by everyone, edited by the Department with the computation
// checked (sources, fields, references, cycles), previewed over enrolment.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { request, login, unitId } from './lib.mjs';

const put = (session, code, body) => request('PUT', `/api/v1/indicators/${code}`, { session, body });

test('every signed-in user reads the catalogue with its sources', async () => {
  const r = await request('GET', '/api/v1/indicators', { session: await login('csgt') });
  assert.equal(r.status, 200);
  assert.ok(r.json.indicators.length >= 12);
  const byCode = Object.fromEntries(r.json.indicators.map((i) => [i.code, i]));
  assert.equal(byCode.VIOLATIONS_PER_1000.rollup, 'ratio');
  assert.deepEqual(byCode.VIOLATIONS_PER_1000.computation, { ratio: { numerator: 'VIOLATIONS', denominator: 'ENROLLED_STUDENTS', scale: 1000 } });
  assert.equal(byCode.JOINT_ACTIVITIES.rollup, 'distinct');
  assert.equal(byCode.ACCIDENT_DEATHS.rollup, 'sum');
  assert.ok(r.json.sources.some((s) => s.name === 'enrolment' && s.fields.some((f) => f.name === 'students' && f.type === 'number')));
  const anon = await request('GET', '/api/v1/indicators');
  assert.equal(anon.status, 401);
});

test('the Department adds and edits an indicator; the change is audited', async () => {
  const s = await login('so.gddt');
  const code = `T_${Date.now().toString(36).toUpperCase()}`;
  const created = await put(s, code, { name: 'Vi phạm đi xe dàn hàng ba', unit: 'lượt', computation: { count: { source: 'violations', where: { legal_code: ['7.3.k'] } } } });
  assert.equal(created.status, 200, created.text);
  assert.equal(created.json.indicator.rollup, 'sum');
  const edited = await put(s, code, { name: 'Vi phạm dàn hàng ba', unit: 'lượt', description: 'Điểm 7.3.k', computation: { count: { source: 'violations', where: { legal_code: ['7.3.k'] } } } });
  assert.equal(edited.json.indicator.name, 'Vi phạm dàn hàng ba');
  const rate = await put(s, `${code}_R`, { name: 'Tỷ lệ dàn hàng ba', unit: '‰', computation: { ratio: { numerator: code, denominator: 'ENROLLED_STUDENTS', scale: 1000 } } });
  assert.equal(rate.json.indicator.rollup, 'ratio');
  const list = await request('GET', '/api/v1/indicators', { session: s });
  assert.ok(list.json.indicators.some((i) => i.code === `${code}_R`));
  const audit = await request('GET', '/api/v1/audit?entity=indicator', { session: await login('admin') });
  const mine = audit.json.entries.filter((e) => e.entity_id === code).map((e) => e.action);
  assert.deepEqual(mine.sort(), ['create', 'update']);

  // A cycle through the new ratio is refused.
  const cyc = await put(s, code, { name: 'Vòng', unit: 'lượt', computation: { ratio: { numerator: `${code}_R`, denominator: 'VIOLATIONS' } } });
  assert.equal(cyc.status, 422);
  assert.match(cyc.json.error.message, /vòng tròn/);
});

test('a wrong computation is refused with a Vietnamese message on the field', async () => {
  const s = await login('so.gddt');
  const cases = [
    [{ count: { source: 'khong_co' } }, 'computation.count.source'],
    [{ sum: { source: 'violations', field: 'behaviour' } }, 'computation.sum.field'],
    [{ count: { source: 'violations', where: { mau: ['x'] } } }, 'computation.count.where.mau'],
    [{ ratio: { numerator: 'VIOLATIONS', denominator: 'KHONG_CO' } }, 'computation'],
  ];
  for (const [computation, field] of cases) {
    const r = await put(s, 'T_SAI', { name: 'Sai', unit: 'lượt', computation });
    assert.equal(r.status, 422, JSON.stringify(computation));
    assert.ok(r.json.error.fields?.[field], `${field} in ${JSON.stringify(r.json.error)}`);
  }
  const badCode = await put(s, 'chu-thuong', { name: 'Sai', unit: 'lượt', computation: { count: { source: 'tasks' } } });
  assert.equal(badCode.status, 404);
  const teacher = await put(await login('gv.hongbang'), 'T_GV', { name: 'GV', unit: 'lượt', computation: { count: { source: 'tasks' } } });
  assert.equal(teacher.status, 403);
});

test('a preview computes over enrolment for a unit in scope', async () => {
  const s = await login('so.gddt');
  const year = '2029-2030';
  const csv = `unit_code,school_year,level,students\n03002,${year},upper_secondary,800\nS-11305-THCS,${year},lower_secondary,200\n`;
  assert.equal((await request('POST', '/api/v1/enrolments/import', { session: s, body: { csv } })).status, 200);
  const dept = await unitId(s, 'SGDDT-HP');
  const sum = await request('POST', '/api/v1/indicators/preview', { session: s, body: { school_year: year, unit_id: dept, computation: { sum: { source: 'enrolment', field: 'students' } } } });
  assert.equal(sum.status, 200, sum.text);
  assert.equal(sum.json.value, 1000);
  assert.equal(sum.json.rollup, 'sum');
  const lower = await request('POST', '/api/v1/indicators/preview', { session: s, body: { school_year: year, unit_id: dept, computation: { sum: { source: 'enrolment', field: 'students', where: { level: ['lower_secondary'] } } } } });
  assert.equal(lower.json.value, 200);
  // No violations are recorded yet: the rate is 0 over 1,000 students; with no students it is null.
  const rate = await request('POST', '/api/v1/indicators/preview', { session: s, body: { school_year: year, unit_id: dept, computation: { ratio: { numerator: 'VIOLATIONS', denominator: 'ENROLLED_STUDENTS', scale: 1000 } } } });
  assert.equal(rate.json.value, 0);
  const empty = await request('POST', '/api/v1/indicators/preview', { session: s, body: { school_year: '2031-2032', unit_id: dept, computation: { ratio: { numerator: 'VIOLATIONS', denominator: 'ENROLLED_STUDENTS' } } } });
  assert.equal(empty.json.value, null);
  const police = await unitId(s, 'CAHP');
  const out = await request('POST', '/api/v1/indicators/preview', { session: s, body: { school_year: year, unit_id: police, computation: { count: { source: 'tasks' } } } });
  assert.equal(out.status, 422);
  assert.ok(out.json.error.fields.unit_id);
});

test('a preview names its view and returns the unallocated figure beside the value', async () => {
  const s = await login('so.gddt');
  const year = '2028-2029';
  const csv = `unit_code,school_year,level,students\n03002,${year},upper_secondary,700\nS-11305-THCS,${year},lower_secondary,300\n`;
  assert.equal((await request('POST', '/api/v1/enrolments/import', { session: s, body: { csv } })).status, 200);
  const dept = await unitId(s, 'SGDDT-HP');
  const body = { school_year: year, unit_id: dept, computation: { sum: { source: 'enrolment', field: 'students' } } };
  const time = await request('POST', '/api/v1/indicators/preview', { session: s, body });
  assert.equal(time.status, 200, time.text);
  assert.equal(time.json.view, 'time');
  assert.equal(time.json.as_of, null);
  assert.equal(time.json.value, 1000);
  assert.equal(time.json.unallocated, 0);
  const asOf = await request('POST', '/api/v1/indicators/preview?view=as_of&as_of=2030-01-01', { session: s, body });
  assert.equal(asOf.status, 200, asOf.text);
  assert.equal(asOf.json.view, 'as_of');
  assert.equal(asOf.json.as_of, '2030-01-01');
  assert.equal(asOf.json.value, 1000);
  assert.equal(asOf.json.unallocated, 0);
  const rate = await request('POST', '/api/v1/indicators/preview?view=as_of', { session: s, body: { ...body, computation: { ratio: { numerator: 'VIOLATIONS', denominator: 'ENROLLED_STUDENTS', scale: 1000 } } } });
  assert.equal(rate.json.value, 0);
  assert.equal(rate.json.unallocated, null);
  const bad = await request('POST', '/api/v1/indicators/preview?view=nay', { session: s, body });
  assert.equal(bad.status, 422);
  assert.ok(bad.json.error.fields.view);
  const badDate = await request('POST', '/api/v1/indicators/preview?view=as_of&as_of=31-12-2025', { session: s, body });
  assert.equal(badDate.status, 422);
  assert.ok(badDate.json.error.fields.as_of);
});
