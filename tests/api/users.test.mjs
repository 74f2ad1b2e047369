import { test } from 'node:test';
import assert from 'node:assert/strict';
import { request, login, unitId, uniqueLogin } from './lib.mjs';

test('create a user who must change the password at first login', async () => {
  const admin = await login('admin');
  const school = await unitId(admin, '03007');
  const name = uniqueLogin('gv');
  const created = await request('POST', '/api/v1/users', {
    session: admin,
    body: { login: name, full_name: 'Phạm Thị Thu', email: null, unit_id: school, roles: ['school_staff'], password: 'Khoi-tao-2026!' },
  });
  assert.equal(created.status, 201, created.text);
  assert.equal(created.json.user.must_change_password, true);
  const u = await login(name, 'Khoi-tao-2026!');
  assert.equal(u.user.must_change_password, true);
  const blocked = await request('GET', '/api/v1/home', { session: u });
  assert.equal(blocked.status, 403);
  assert.equal(blocked.json.error.code, 'password_change_required');
  const weak = await request('POST', '/api/v1/session/password', { session: u, body: { current_password: 'Khoi-tao-2026!', new_password: '1234567890' } });
  assert.equal(weak.status, 422);
  assert.ok(weak.json.error.fields.new_password);
  const ok = await request('POST', '/api/v1/session/password', { session: u, body: { current_password: 'Khoi-tao-2026!', new_password: 'Mật khẩu mới của Thu' } });
  assert.equal(ok.status, 200, ok.text);
  assert.equal(ok.json.user.must_change_password, false);
  assert.equal((await request('GET', '/api/v1/home', { session: u })).status, 200);
});

test('user input is validated', async () => {
  const admin = await login('admin');
  const r = await request('POST', '/api/v1/users', {
    session: admin,
    body: { login: 'Bad Login!', full_name: '', email: 'not-an-email', unit_id: 1, roles: ['king'], password: 'short' },
  });
  assert.equal(r.status, 422);
  for (const f of ['login', 'full_name', 'email', 'roles']) assert.ok(r.json.error.fields[f], f);
  const dup = await request('POST', '/api/v1/users', {
    session: admin,
    body: { login: 'gv.hongbang', full_name: 'Trùng', unit_id: await unitId(admin, '03002'), roles: ['school_staff'], password: 'Mot-mat-khau-dai' },
  });
  assert.equal(dup.status, 409);
  assert.ok(dup.json.error.fields.login);
});

test('administrators see and manage only their own side', async () => {
  const edu = await login('admin');
  const police = await login('admin.ca');
  const eduList = await request('GET', '/api/v1/users', { session: edu });
  const policeList = await request('GET', '/api/v1/users', { session: police });
  const eduLogins = eduList.json.users.map((u) => u.login);
  const policeLogins = policeList.json.users.map((u) => u.login);
  assert.ok(eduLogins.includes('gv.hongbang') && !eduLogins.includes('csgt'));
  assert.ok(policeLogins.includes('csgt') && !policeLogins.includes('gv.hongbang'));
  const teacher = eduList.json.users.find((u) => u.login === 'gv.hongbang');
  const foreign = await request('PATCH', `/api/v1/users/${teacher.id}`, { session: police, body: { disabled: true } });
  assert.equal(foreign.status, 404);
  const school = await unitId(edu, '03002');
  const create = await request('POST', '/api/v1/users', {
    session: police, body: { login: uniqueLogin('x'), full_name: 'X Y', unit_id: school, roles: ['school_staff'], password: 'Mot-mat-khau-dai' },
  });
  assert.equal(create.status, 403);
  assert.ok(create.json.error.fields.unit_id);
});

test('users are listed in Vietnamese order: given name, then family name', async () => {
  const admin = await login('admin');
  const r = await request('GET', '/api/v1/users', { session: admin });
  const given = r.json.users.map((u) => u.full_name.split(' ').pop());
  const collator = new Intl.Collator('vi');
  for (let i = 1; i < given.length; i++) assert.ok(collator.compare(given[i - 1], given[i]) <= 0, `${given[i - 1]} > ${given[i]}`);
});

test('disable, re-enable and reset a password', async () => {
  const admin = await login('admin');
  const school = await unitId(admin, '03002');
  const name = uniqueLogin('tam');
  const c = await request('POST', '/api/v1/users', {
    session: admin, body: { login: name, full_name: 'Lý Văn Tâm', unit_id: school, roles: ['school_staff'], password: 'Mat-khau-ban-dau' },
  });
  const id = c.json.user.id;
  const u = await login(name, 'Mat-khau-ban-dau');
  const d = await request('PATCH', `/api/v1/users/${id}`, { session: admin, body: { disabled: true } });
  assert.equal(d.json.user.disabled, true);
  assert.equal((await request('GET', '/api/v1/session', { session: u })).status, 401);
  const denied = await request('POST', '/api/v1/session', { body: { login: name, password: 'Mat-khau-ban-dau' } });
  assert.equal(denied.status, 401);
  await request('PATCH', `/api/v1/users/${id}`, { session: admin, body: { disabled: false, roles: ['school_manager'] } });
  const reset = await request('POST', `/api/v1/users/${id}/password`, { session: admin, body: { password: 'Mat-khau-dat-lai' } });
  assert.equal(reset.status, 200);
  assert.equal(reset.json.user.must_change_password, true);
  const again = await login(name, 'Mat-khau-dat-lai');
  assert.deepEqual(again.user.roles, ['school_manager']);
});

test('an administrator cannot lock themselves out', async () => {
  const admin = await login('admin');
  const r = await request('PATCH', `/api/v1/users/${admin.user.id}`, { session: admin, body: { disabled: true } });
  assert.equal(r.status, 422);
});

test('non-administrators cannot manage users', async () => {
  for (const who of ['so.gddt', 'bgh.hongbang', 'csgt', 'theodoi']) {
    const s = await login(who);
    assert.equal((await request('GET', '/api/v1/users', { session: s })).status, 403, who);
  }
});
