// Defect 4 of issue 7: a police system that pushes data must not stop when an officer changes a
// password. Its token belongs to a service account of the unit (created by the unit's
// administrator, without a password, unable to log in) and follows the same intersection rule.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { request, login, unitId, uniqueLogin } from '../lib.mjs';

test('a service account of the traffic police: no login, a token that outlives an officer\'s password change', async () => {
  const ca = await login('admin.ca');
  const csgt = await unitId(ca, 'CAHP-CSGT');
  const name = uniqueLogin('svc.vipham');
  const made = await request('POST', '/api/v1/service-accounts', { session: ca, body: { login: name, full_name: 'Hệ thống xử lý vi phạm', unit_id: csgt, roles: ['traffic_police'] } });
  assert.equal(made.status, 201, made.text);
  assert.equal(made.json.user.kind, 'service');
  // it cannot log in, whatever the password
  for (const password of ['', '!', 'ATGT-HocDuong-2026']) {
    const r = await request('POST', '/api/v1/session', { body: { login: name, password: password || 'x' } });
    assert.equal(r.status, 401);
  }
  // roles the unit type may not hold, and the administrator role, are refused
  assert.equal((await request('POST', '/api/v1/service-accounts', { session: ca, body: { login: uniqueLogin('svc'), full_name: 'X', unit_id: csgt, roles: ['school_staff'] } })).status, 422);
  assert.equal((await request('POST', '/api/v1/service-accounts', { session: ca, body: { login: uniqueLogin('svc'), full_name: 'X', unit_id: csgt, roles: ['admin'] } })).status, 422);
  // the education administrator cannot make one for the police, nor a token for this one
  const edu = await login('admin');
  assert.equal((await request('POST', '/api/v1/service-accounts', { session: edu, body: { login: uniqueLogin('svc'), full_name: 'X', unit_id: csgt, roles: ['traffic_police'] } })).status, 403);
  const id = made.json.user.id;
  assert.equal((await request('POST', `/api/v1/service-accounts/${id}/tokens`, { session: edu, body: { name: 'x', scopes: ['getUnit'] } })).status, 404);
  const t = await request('POST', `/api/v1/service-accounts/${id}/tokens`, { session: ca, body: { name: 'đẩy vi phạm', scopes: ['getUnit', 'getSession'] } });
  assert.equal(t.status, 201, t.text);
  const token = t.json.token;
  assert.equal((await request('GET', `/api/v1/units/${csgt}`, { token })).status, 200);
  // an officer (and the administrator) changing a password does not touch the system's token
  const officer = await login('csgt');
  const pw = await request('POST', '/api/v1/session/password', { session: officer, body: { current_password: 'ATGT-HocDuong-2026', new_password: 'ATGT-HocDuong-2026' } });
  assert.ok(pw.status === 200 || pw.status === 422, pw.text);
  assert.equal((await request('GET', `/api/v1/units/${csgt}`, { token })).status, 200);
  // a token cannot make tokens for service accounts either; disabling the account ends its token
  assert.equal((await request('POST', `/api/v1/service-accounts/${id}/tokens`, { token, body: { name: 'x', scopes: ['getUnit'] } })).status, 403);
  assert.equal((await request('PATCH', `/api/v1/users/${id}`, { session: ca, body: { disabled: true } })).status, 200);
  assert.equal((await request('GET', `/api/v1/units/${csgt}`, { token })).status, 401);
});

test('bad input to service accounts and their tokens: a field error, nothing created', async () => {
  const ca = await login('admin.ca');
  const csgt = await unitId(ca, 'CAHP-CSGT');
  const base = { login: uniqueLogin('svc.x'), full_name: 'Hệ thống', unit_id: csgt, roles: ['traffic_police'] };
  const bad = [
    [{ ...base, login: 'Có Dấu!' }, 'login'],
    [{ ...base, roles: ['khong_co'] }, 'roles'],
    [{ ...base, roles: [] }, 'roles'],
    [{ ...base, full_name: 'a\u0000b' }, 'full_name'],
    [{ login: base.login, unit_id: csgt, roles: base.roles }, 'full_name'],
    [{ ...base, extra: 1 }, 'extra'],
  ];
  for (const [body, field] of bad) {
    const r = await request('POST', '/api/v1/service-accounts', { session: ca, body });
    assert.equal(r.status, 422, `${field}: ${r.text}`);
    assert.ok(r.json.error.fields[field], `${field}: ${r.text}`);
  }
  const list = await request('GET', `/api/v1/users?q=${encodeURIComponent(base.login)}`, { session: ca });
  assert.equal(list.json.users.length, 0, 'nothing created');
  const made = await request('POST', '/api/v1/service-accounts', { session: ca, body: base });
  assert.equal(made.status, 201, made.text);
  const id = made.json.user.id;
  for (const [body, field] of [
    [{ name: 'x', scopes: ['khongCo'] }, 'scopes'],
    [{ name: 'x', scopes: [] }, 'scopes'],
    [{ name: 'x', scopes: ['getUnit'], expires_in_days: 0 }, 'expires_in_days'],
    [{ name: 'x', scopes: ['getUnit'], unit_id: await unitId(ca, 'CA-X11311') }, 'unit_id'],
  ]) {
    const r = await request('POST', `/api/v1/service-accounts/${id}/tokens`, { session: ca, body });
    assert.equal(r.status, 422, `${field}: ${r.text}`);
    assert.ok(r.json.error.fields[field], `${field}: ${r.text}`);
  }
  assert.equal((await request('POST', '/api/v1/service-accounts/999999/tokens', { session: ca, body: { name: 'x', scopes: ['getUnit'] } })).status, 404);
});
