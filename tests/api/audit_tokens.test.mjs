import { test } from 'node:test';
import assert from 'node:assert/strict';
import { request, login, unitId, uniqueLogin } from './lib.mjs';

test('every write leaves an audit entry that administrators can filter', async () => {
  const admin = await login('admin');
  const school = await unitId(admin, '03007');
  const name = uniqueLogin('audit');
  const c = await request('POST', '/api/v1/users', {
    session: admin, body: { login: name, full_name: 'Kiều Văn Kiểm', unit_id: school, roles: ['school_staff'], password: 'Mat-khau-kiem-tra' },
  });
  const r = await request('GET', '/api/v1/audit?entity=user&limit=20', { session: admin });
  assert.equal(r.status, 200);
  const e = r.json.entries.find((x) => x.entity_id === String(c.json.user.id) && x.action === 'create');
  assert.ok(e, 'create entry');
  assert.equal(e.user_login, 'admin');
  assert.equal(e.changes.login, name);
  assert.ok(e.ip);
  const logins = await request('GET', '/api/v1/audit?entity=session&limit=5', { session: admin });
  assert.ok(logins.json.entries.every((x) => x.entity === 'session'));
  const page = await request('GET', '/api/v1/audit?limit=1', { session: admin });
  assert.equal(page.json.entries.length, 1);
  assert.ok(page.json.next_before_id);
  const next = await request('GET', `/api/v1/audit?limit=1&before_id=${page.json.next_before_id}`, { session: admin });
  assert.ok(next.json.entries[0].id < page.json.entries[0].id);
  const bad = await request('GET', '/api/v1/audit?from=hom-qua', { session: admin });
  assert.equal(bad.status, 422);
});

test('API tokens: scoped, used with Bearer, revocable', async () => {
  const s = await login('gv.hongbang');
  const created = await request('POST', '/api/v1/tokens', { session: s, body: { name: 'Máy chủ trường', scopes: ['getUnitTree', 'getUnit'], expires_in_days: 30 } });
  assert.equal(created.status, 201, created.text);
  const token = created.json.token;
  const tree = await request('GET', '/api/v1/units/tree', { token });
  assert.equal(tree.status, 200);
  const outOfScope = await request('GET', '/api/v1/unit-types', { token });
  assert.equal(outOfScope.status, 403);
  assert.equal(outOfScope.json.error.code, 'token_scope');
  const list = await request('GET', '/api/v1/tokens', { session: s });
  const listed = list.json.tokens.find((t) => t.id === created.json.api_token.id);
  assert.ok(listed.last_used_at, 'last used time is kept');
  assert.ok(!JSON.stringify(list.json).includes(token), 'the secret is never shown again');
  const revoke = await request('DELETE', `/api/v1/tokens/${listed.id}`, { session: s });
  assert.equal(revoke.status, 204);
  const after = await request('GET', '/api/v1/units/tree', { token });
  assert.equal(after.status, 401);
  assert.equal(after.json.error.code, 'token_revoked');
  const forged = await request('GET', '/api/v1/units/tree', { token: 'atgt_forged' });
  assert.equal(forged.status, 401);
});

test('tokens are limited to units within the owner\'s unit', async () => {
  const s = await login('gv.hongbang');
  const other = await unitId(s, '03007');
  const r = await request('POST', '/api/v1/tokens', { session: s, body: { name: 'x', unit_id: other, scopes: ['getUnit'] } });
  assert.equal(r.status, 422);
  const bad = await request('POST', '/api/v1/tokens', { session: s, body: { name: 'x', scopes: ['dropEverything'] } });
  assert.equal(bad.status, 422);
});

test('the home page lists what an administrator must act on', async () => {
  const admin = await login('admin');
  const r = await request('GET', '/api/v1/home', { session: admin });
  assert.equal(r.status, 200);
  for (const item of r.json.items) {
    assert.ok(item.count > 0);
    assert.ok(item.link.startsWith('/'));
  }
  const so = await login('so.gddt');
  const h = await request('GET', '/api/v1/home', { session: so });
  assert.ok(h.json.items.some((i) => i.kind === 'registry_unverified'));
});
