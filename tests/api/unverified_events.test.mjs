// The home item "Sự kiện tổ chức chưa được xác minh nguồn" opens exactly the events it counts, and
// a registry editor verifies one by naming its source (issue 9: no dead ends).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { request, login } from './lib.mjs';

const homeCount = async (s) => (await request('GET', '/api/v1/home', { session: s })).json.items.find((i) => i.kind === 'registry_unverified');

test('the unverified events list is what the home item counts; verifying one clears it', async () => {
  const sys = await login('quantri.hethong');
  const item = await homeCount(sys);
  assert.ok(item, 'no home item');
  assert.equal(item.link, '/to-chuc/chua-xac-minh');
  const all = [];
  let before = '';
  for (;;) {
    const r = await request('GET', `/api/v1/unit-events/unverified?limit=40${before}`, { session: sys });
    assert.equal(r.status, 200, r.text);
    assert.equal(r.json.total, item.count);
    all.push(...r.json.events);
    if (r.json.events.length < 40) break;
    before = `&before_id=${r.json.events.at(-1).id}`;
  }
  assert.equal(all.length, item.count);
  assert.ok(all.every((e) => e.flags.includes('unverified') && 'provenance' in e));
  const target = all[0];
  const empty = await request('POST', `/api/v1/unit-events/${target.id}/verify`, { session: sys, body: { source: '   ' } });
  assert.equal(empty.status, 422);
  assert.ok(empty.json.error.fields.source);
  const teacher = await login('gv.hongbang');
  assert.equal((await request('POST', `/api/v1/unit-events/${target.id}/verify`, { session: teacher, body: { source: 'x' } })).status, 403);
  const v = await request('POST', `/api/v1/unit-events/${target.id}/verify`, { session: sys, body: { source: 'Nghị quyết số 1232/NQ-UBTVQH15' } });
  assert.equal(v.status, 200, v.text);
  assert.ok(!v.json.event.flags.includes('unverified'));
  assert.equal(v.json.event.source, 'Nghị quyết số 1232/NQ-UBTVQH15');
  assert.equal((await homeCount(sys))?.count ?? 0, item.count - 1);
  const audit = await request('GET', '/api/v1/audit?entity=unit_event&limit=5', { session: sys });
  assert.ok(audit.json.entries.some((e) => e.action === 'verify' && e.entity_id === String(target.id)));
  assert.equal((await request('POST', '/api/v1/unit-events/999999999/verify', { session: sys, body: { source: 'x' } })).status, 404);
});
