// Defect 4 of issue 7: API tokens are created only by a person in a session, always expire
// (at most a year), act with the intersection of their unit, their scopes and the owner's
// current rights, and stop working when the owner's password is reset, the owner is disabled
// or the owner's roles change. On the main of 06/12/2026 a token minted tokens without expiry
// and a token limited to one school managed every user of its owner.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { request, login, unitId, uniqueLogin } from '../lib.mjs';

const PW = 'Mot-mat-khau-dai-2026';

async function token(s, body) {
  const r = await request('POST', '/api/v1/tokens', { session: s, body });
  assert.equal(r.status, 201, r.text);
  return r.json;
}

test('a token cannot create a token, whatever its scopes', async () => {
  const admin = await login('admin');
  const t = await token(admin, { name: 'tạo mã', scopes: ['createToken', 'listTokens'] });
  const r = await request('POST', '/api/v1/tokens', { token: t.token, body: { name: 'con', scopes: ['listUsers'] } });
  assert.equal(r.status, 403, r.text);
});

test('every token expires, within a year', async () => {
  const admin = await login('admin');
  const t = await token(admin, { name: 'mặc định', scopes: ['getSession'] });
  assert.ok(t.api_token.expires_at, 'a default expiry');
  const days = (Date.parse(t.api_token.expires_at) - Date.now()) / 86400000;
  assert.ok(days > 1 && days <= 365, `${days} days`);
  const r = await request('POST', '/api/v1/tokens', { session: admin, body: { name: 'x', scopes: ['getSession'], expires_in_days: 366 } });
  assert.equal(r.status, 422);
});

test('a token limited to one school manages only that school\'s users', async () => {
  const admin = await login('admin');
  const school = await unitId(admin, '03002');
  const t = await token(admin, { name: 'một trường', unit_id: school, scopes: ['listUsers', 'createUser'] });
  const r = await request('GET', '/api/v1/users', { token: t.token });
  assert.equal(r.status, 200);
  assert.ok(r.json.users.length > 0);
  for (const u of r.json.users) assert.equal(u.unit_code, '03002', u.login);
  const other = await unitId(admin, '03007');
  const c = await request('POST', '/api/v1/users', { token: t.token, body: { login: uniqueLogin('tok'), full_name: 'Người Thử', unit_id: other, roles: ['school_staff'], password: PW } });
  assert.equal(c.status, 403, c.text);
});

test('a password reset, disabling or a role change ends the owner\'s tokens', async () => {
  const admin = await login('admin');
  const office = await unitId(admin, 'VHXH-11311');
  for (const change of ['reset', 'disable', 'roles']) {
    const loginName = uniqueLogin('own');
    const made = await request('POST', '/api/v1/users', { session: admin, body: { login: loginName, full_name: 'Chủ Mã', unit_id: office, roles: ['edu_office'], password: PW } });
    assert.equal(made.status, 201, made.text);
    const first = await request('POST', '/api/v1/session', { body: { login: loginName, password: PW } });
    const s = { cookie: first.headers.get('set-cookie').split(';')[0], csrf: first.json.csrf_token };
    const pw = await request('POST', '/api/v1/session/password', { session: s, body: { current_password: PW, new_password: PW + '-moi' } });
    assert.equal(pw.status, 200, pw.text);
    const t = await token(s, { name: 'hệ thống', scopes: ['getSession'] });
    assert.equal((await request('GET', '/api/v1/session', { token: t.token })).status, 400, 'the token works before');
    const id = made.json.user.id;
    const body = change === 'reset' ? null : change === 'disable' ? { disabled: true } : { roles: ['edu_office', 'admin'] };
    const r = change === 'reset'
      ? await request('POST', `/api/v1/users/${id}/password`, { session: admin, body: { password: PW + '-2' } })
      : await request('PATCH', `/api/v1/users/${id}`, { session: admin, body });
    assert.equal(r.status, 200, r.text);
    const after = await request('GET', '/api/v1/session', { token: t.token });
    assert.equal(after.status, 401, `${change}: ${after.text}`);
  }
});
