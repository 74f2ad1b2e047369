// Defect 10 of issue 7: the retention period of personal data is a bounded setting (1–36,500
// days) kept by the system administrator; on the main of 06/12/2026 INT_MAX was accepted and its
// arithmetic overflowed, so "keep forever" deleted every session and every sibling backup.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { request, login } from '../lib.mjs';

test('the retention period is bounded to 1–36,500 days and kept by the system administrator', async () => {
  const sys = await login('quantri.hethong');
  const get = await request('GET', '/api/v1/settings/retention', { session: sys });
  assert.equal(get.status, 200, get.text);
  assert.equal(get.json.min_days, 1);
  assert.equal(get.json.max_days, 36500);
  const original = get.json.personal_data_days;
  for (const bad of [0, -1, 36501, 2147483647, 9007199254740991]) {
    const r = await request('PUT', '/api/v1/settings/retention', { session: sys, body: { personal_data_days: bad } });
    assert.equal(r.status, 422, `${bad}: ${r.text}`);
    assert.ok(r.json.error.fields.personal_data_days);
  }
  for (const good of [1, 36500, original]) {
    const r = await request('PUT', '/api/v1/settings/retention', { session: sys, body: { personal_data_days: good } });
    assert.equal(r.status, 200, r.text);
    assert.equal(r.json.personal_data_days, good);
  }
  // The purge at the largest period deletes nothing recent; sessions survive it.
  await request('PUT', '/api/v1/settings/retention', { session: sys, body: { personal_data_days: 36500 } });
  const run = await request('POST', '/api/v1/scheduler/retention.purge/run', { session: await login('admin') });
  assert.equal(run.status, 202);
  await new Promise((r) => setTimeout(r, 2500));
  assert.equal((await request('GET', '/api/v1/session', { session: sys })).status, 200);
  await request('PUT', '/api/v1/settings/retention', { session: sys, body: { personal_data_days: original } });
  // Administrators of a side do not change global settings.
  for (const who of ['admin', 'admin.ca', 'so.gddt']) {
    const s = await login(who);
    assert.equal((await request('PUT', '/api/v1/settings/retention', { session: s, body: { personal_data_days: 30 } })).status, 403);
  }
});
