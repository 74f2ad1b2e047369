// "Thay đổi giữa hai ngày" (issue 9): GET /api/v1/units/changes explains the 2025 reform.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { request, login, unitId } from './lib.mjs';

test('changes between 31/12/2024 and 31/12/2025 add up to the two trees', async () => {
  const s = await login('gv.hongbang');
  const before = await request('GET', '/api/v1/units/tree?date=2024-12-31', { session: s });
  const after = await request('GET', '/api/v1/units/tree?date=2025-12-31', { session: s });
  const r = await request('GET', '/api/v1/units/changes?from=2024-12-31&to=2025-12-31', { session: s });
  assert.equal(r.status, 200, r.text);
  const c = r.json.counts;
  assert.equal(before.json.units.length - c.ended + c.started, after.json.units.length);
  assert.equal(r.json.ended.length, c.ended);
  assert.ok(c.ended > 100 && c.started > 10 && c.moved > 100, JSON.stringify(c));
  assert.ok(c.events_by_kind.merge > 0, JSON.stringify(c.events_by_kind));
  // The Department of Hải Dương ended, merged into the Department of Hải Phòng.
  const hd = await unitId(s, 'SGDDT-HD');
  const hp = await unitId(s, 'SGDDT-HP');
  assert.ok(r.json.ended.some((u) => u.id === hd && u.after === null && u.before.name.includes('Hải Dương')));
  const merge = r.json.events.find((e) => e.kind === 'merge' && e.subjects.concat(e.predecessors).some((u) => u.id === hd));
  assert.ok(merge, 'no merge of Sở GD&ĐT Hải Dương');
  assert.ok(merge.successors.some((u) => u.id === hp));
  // A school that changed its office moved: its parent before and after are named.
  const moved = r.json.moved.find((u) => u.code === 'S-11305-THCS') ?? r.json.moved[0];
  assert.ok(moved.before.parent_name && moved.after.parent_name && moved.before.parent_id !== moved.after.parent_id);
});

test('changes: both dates are required and the second is later', async () => {
  const s = await login('theodoi');
  for (const [q, field] of [['from=2025-01-01', 'to'], ['to=2025-01-01', 'from'], ['from=2025-02-01&to=2025-01-01', 'to'], ['from=2025-13-01&to=2026-01-01', 'from']]) {
    const r = await request('GET', `/api/v1/units/changes?${q}`, { session: s });
    assert.equal(r.status, 422, q);
    assert.ok(r.json.error.fields[field], `${q}: ${r.text}`);
  }
});
