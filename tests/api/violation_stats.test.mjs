// Violation statistics: a school sees its own counts whole; the Department sees every school with
// cells under 5 and cells derivable from the others hidden; the police see counts by place only;
// a dispute and a withdrawal take their record out of the counts by school.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { request, login } from './lib.mjs';

const stats = (s, q) => request('GET', `/api/v1/violation-stats?${q}`, { session: s });
const FROM = 'from=2023-01-01&to=2026-12-31';

function assertProtected(t) {
  const lines = [...t.rows.map((r) => [...r.cells, r.total]), [...t.column_totals, t.total]];
  for (let j = 0; j < t.columns.length; j++) lines.push([...t.rows.map((r) => r.cells[j]), t.column_totals[j]]);
  for (const line of lines) {
    for (const v of line) assert.ok(v === null || v === 0 || v >= 5, `a small cell ${v} is shown`);
    assert.notEqual(line.filter((v) => v === null).length, 1, `a hidden cell is derivable: ${JSON.stringify(line)}`);
  }
}

test('a school sees its own counts whole; the Department sees them protected', async () => {
  const bgh = await login('bgh.hongbang');
  const own = await stats(bgh, `view=school&by=behaviour&${FROM}`);
  assert.equal(own.status, 200, own.text);
  assert.equal(own.json.suppressed, false);
  assert.deepEqual(own.json.rows.map((r) => r.unit.code), ['03002']);
  assert.ok(own.json.total > 0);
  assert.equal(own.json.rows[0].cells.reduce((a, b) => a + b, 0), own.json.total);
  assert.ok(own.json.columns.every((c) => c.label && c.label !== c.key), JSON.stringify(own.json.columns));
  assert.ok(own.json.timeliness.closed > 0);
  for (const by of ['code', 'month', 'age_band']) {
    const r = await stats(bgh, `view=school&by=${by}&${FROM}`);
    assert.equal(r.status, 200, r.text);
    assert.equal(r.json.total, own.json.total, by);
  }
  const so = await login('so.gddt');
  for (const by of ['behaviour', 'code', 'month', 'age_band']) {
    const d = await stats(so, `view=school&by=${by}&${FROM}`);
    assert.equal(d.status, 200, d.text);
    assert.equal(d.json.suppressed, true);
    assert.ok(d.json.rows.length >= 3, by);
    assertProtected(d.json);
  }
  const offices = await stats(so, `view=school&group=office&${FROM}`);
  assert.ok(offices.json.rows.some((r) => r.unit.code === 'SGDDT-HP'));
  assertProtected(offices.json);
});

test('the police see counts by place, not by school; the education side by school', async () => {
  const csgt = await login('csgt');
  assert.equal((await stats(csgt, `view=school&${FROM}`)).status, 403);
  const place = await stats(csgt, `view=place&by=month&${FROM}`);
  assert.equal(place.status, 200, place.text);
  assert.equal(place.json.suppressed, true);
  assertProtected(place.json);
  assert.equal((await stats(await login('vhxh.hongbang'), `view=place&${FROM}`)).status, 403);
  const obs = await login('theodoi');
  assert.equal((await stats(obs, `view=place&${FROM}`)).status, 200);
  assert.equal((await stats(obs, `view=school&${FROM}`)).status, 200);
  assert.equal((await stats(await login('admin'), `view=school&${FROM}`)).status, 403);
  for (const q of ['view=town', 'by=colour', 'from=2025-13-01', 'from=2025-05-01&to=2025-01-01', 'group=ward'])
    assert.equal((await stats(obs, q)).status, 422, q);
});

test('a dispute and a withdrawal take their record out of the counts by school', async () => {
  const bgh = await login('bgh.hongbang');
  const csgt = await login('csgt');
  const total = async () => (await stats(bgh, `view=school&${FROM}`)).json.total;
  const before = await total();
  const s = (await request('GET', '/api/v1/students?limit=1000', { session: bgh })).json.students.find((x) => x.personal_id && x.birth_date < '2009-01-01');
  const record = async (day) => {
    const r = await request('POST', '/api/v1/violations', { session: csgt, body: { occurred_at: `${day}T07:00`, persons: [{ role: 'rider', full_name: s.full_name, birth_date: s.birth_date, personal_id: s.personal_id, school_stated: s.school_name, sanction: 'warning', decree: 'ND168', code: '7.2.h' }] } });
    assert.equal(r.status, 201, r.text);
    return r.json.violations[0].id;
  };
  const a = await record('2025-10-06');
  const b = await record('2025-10-07');
  assert.equal(await total(), before + 2);
  const notices = (await request('GET', `/api/v1/notices?student_id=${s.id}&limit=500`, { session: bgh })).json.notices;
  const na = notices.find((n) => n.record.id === a);
  assert.equal((await request('POST', `/api/v1/notices/${na.id}/dispute`, { session: bgh, body: { reason: 'Trùng tên, không phải học sinh của trường' } })).status, 200);
  assert.equal(await total(), before + 1);
  assert.equal((await request('POST', `/api/v1/violations/${b}/withdraw`, { session: csgt, body: { reason: 'Nhập trùng' } })).status, 200);
  assert.equal(await total(), before);
});
