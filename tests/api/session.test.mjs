import { test } from 'node:test';
import assert from 'node:assert/strict';
import { request, login, uniqueLogin, DEMO_PASSWORD } from './lib.mjs';

test('log in, see the session, log out', async () => {
  const s = await login('gv.hongbang');
  assert.equal(s.user.login, 'gv.hongbang');
  assert.deepEqual(s.user.roles, ['school_staff']);
  assert.equal(s.user.unit_code, '03002');
  const me = await request('GET', '/api/v1/session', { session: s });
  assert.equal(me.status, 200);
  assert.equal(me.json.csrf_token, s.csrf);
  const out = await request('DELETE', '/api/v1/session', { session: s });
  assert.equal(out.status, 204);
  assert.match(out.headers.get('set-cookie'), /Max-Age=0/);
  const after = await request('GET', '/api/v1/session', { session: s });
  assert.equal(after.status, 401);
  assert.equal(after.json.error.code, 'session_expired');
});

test('the session cookie is HttpOnly and SameSite=Lax', async () => {
  const r = await request('POST', '/api/v1/session', { body: { login: 'theodoi', password: DEMO_PASSWORD } });
  const c = r.headers.get('set-cookie');
  assert.match(c, /HttpOnly/);
  assert.match(c, /SameSite=Lax/);
  assert.match(c, /Path=\//);
});

test('wrong password and unknown login get the same 401', async () => {
  const a = await request('POST', '/api/v1/session', { body: { login: 'gv.ngoquyen', password: 'sai-mat-khau-roi' } });
  const b = await request('POST', '/api/v1/session', { body: { login: 'khong.co.ai', password: 'sai-mat-khau-roi' } });
  assert.equal(a.status, 401);
  assert.equal(b.status, 401);
  assert.equal(a.json.error.code, 'invalid_credentials');
  assert.equal(a.json.error.message, b.json.error.message);
});

test('login is throttled per account after repeated failures', async () => {
  const name = uniqueLogin('throttle');
  for (let i = 0; i < 5; i++) {
    const r = await request('POST', '/api/v1/session', { body: { login: name, password: 'sai-mat-khau-roi' } });
    assert.equal(r.status, 401);
  }
  const r = await request('POST', '/api/v1/session', { body: { login: name, password: 'sai-mat-khau-roi' } });
  assert.equal(r.status, 429);
  assert.equal(r.json.error.code, 'too_many_attempts');
});

test('writes with a cookie session need the CSRF token', async () => {
  const s = await login('admin');
  const body = { name: 'x', scopes: ['getUnit'] };
  const missing = await request('POST', '/api/v1/tokens', { session: s, body, csrf: false });
  assert.equal(missing.status, 403);
  assert.equal(missing.json.error.code, 'csrf');
  const forged = await request('POST', '/api/v1/tokens', { session: s, body, headers: { 'x-csrf-token': 'forged' }, csrf: false });
  assert.equal(forged.status, 403);
  assert.equal(forged.json.error.code, 'csrf');
});

test('an unknown or expired session cookie is a 401 that clears the cookie', async () => {
  const r = await request('GET', '/api/v1/home', { headers: { cookie: 'atgt_session=khong-hop-le' } });
  assert.equal(r.status, 401);
  assert.equal(r.json.error.code, 'session_expired');
  assert.match(r.headers.get('set-cookie'), /Max-Age=0/);
});

test('no credentials: 401 on protected routes', async () => {
  const r = await request('GET', '/api/v1/units/tree');
  assert.equal(r.status, 401);
  assert.equal(r.json.error.code, 'unauthenticated');
});
