// Issue 9: users edit their own email (where notifications and reset links go) on /tai-khoan.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { request, login } from './lib.mjs';

test('a user sets and clears their own email; a bad address is refused; the change is audited', async () => {
  const s = await login('gv.hongbang');
  const before = s.user.email ?? null;
  const set = await request('PATCH', '/api/v1/session/profile', { session: s, body: { email: 'dang.van.binh@truong.edu.vn' } });
  assert.equal(set.status, 200, set.text);
  assert.equal(set.json.user.email, 'dang.van.binh@truong.edu.vn');
  assert.equal((await request('GET', '/api/v1/session', { session: s })).json.user.email, 'dang.van.binh@truong.edu.vn');
  const bad = await request('PATCH', '/api/v1/session/profile', { session: s, body: { email: 'khong-phai-email' } });
  assert.equal(bad.status, 422);
  assert.ok(bad.json.error.fields.email);
  const other = await request('PATCH', '/api/v1/session/profile', { session: s, body: { email: 'a@b.vn', full_name: 'Tên khác' } });
  assert.equal(other.status, 422);
  assert.ok(other.json.error.fields.full_name);
  const cleared = await request('PATCH', '/api/v1/session/profile', { session: s, body: { email: null } });
  assert.equal(cleared.status, 200, cleared.text);
  assert.equal(cleared.json.user.email, null);
  const audit = await request('GET', '/api/v1/audit?entity=user&limit=20', { session: await login('admin') });
  assert.ok(audit.json.entries.some((e) => e.entity_id === String(s.user.id) && e.changes.email));
  await request('PATCH', '/api/v1/session/profile', { session: s, body: { email: before } });
});
