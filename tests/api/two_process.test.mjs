// Two server processes on one database (issue 8): whatever one process caches, a change made
// through the other (or directly in the database) is honoured on the very next request. Each test
// first warms process B with the credential or object, then changes it through process A (or in
// SQL), then asks B once.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';

import { request, login, uniqueLogin, DEMO_PASSWORD } from './lib.mjs';
import { BIN, newDatabase, sql, env, startServer, exited } from './procs.mjs';

const skip = !BIN && 'ATGT_TEST_BIN unset';
const PW = 'Hai-tien-trinh-2026';
let db;
let a;
let b;
let admin; // an administrator's session on A

// The same session or credential, used through another process.
const on = (s, srv) => ({ ...s, base: srv.url });

before(async () => {
  if (skip) return;
  db = newDatabase();
  execFileSync(BIN, ['seed-demo'], { env: env(db) });
  a = await startServer(db);
  b = await startServer(db);
  admin = await login('admin', DEMO_PASSWORD, a.url);
});

after(async () => {
  if (skip) return;
  a.child.kill('SIGTERM');
  b.child.kill('SIGTERM');
  await Promise.all([exited(a.child), exited(b.child)]);
});

async function unitByCode(s, code) {
  const r = await request('GET', `/api/v1/units/search?q=${encodeURIComponent(code)}`, { session: s });
  const u = r.json.units.find((x) => x.code === code);
  assert.ok(u, `unit ${code}`);
  return u.id;
}

// A new person at the commune office VHXH-11311 with `roles`, logged in on A with the first-login
// password change done; returns { id, session }.
async function newPerson(roles) {
  const office = await unitByCode(admin, 'VHXH-11311');
  const name = uniqueLogin('hai');
  const made = await request('POST', '/api/v1/users', { session: admin, body: { login: name, full_name: 'Hai Tiến Trình', unit_id: office, roles, password: PW } });
  assert.equal(made.status, 201, made.text);
  const s = await login(name, PW, a.url);
  const pw = await request('POST', '/api/v1/session/password', { session: s, body: { current_password: PW, new_password: PW + '-moi' } });
  assert.equal(pw.status, 200, pw.text);
  return { id: made.json.user.id, login: name, session: s, password: PW + '-moi' };
}

const unitPath = async () => `/api/v1/units/${await unitByCode(admin, '03002')}`;

test('a session ended in A is refused by B on its next request', { skip }, async () => {
  const s = await login('theodoi', DEMO_PASSWORD, a.url);
  const path = await unitPath();
  assert.equal((await request('GET', path, { session: on(s, b) })).status, 200);
  assert.equal((await request('GET', path, { session: on(s, b) })).status, 200);
  assert.equal((await request('DELETE', '/api/v1/session', { session: s })).status, 204);
  const r = await request('GET', path, { session: on(s, b) });
  assert.equal(r.status, 401, r.text);
  assert.equal(r.json.error.code, 'session_expired');
});

test('a session expired (idle or past its lifetime) is refused by B on its next request', { skip }, async () => {
  const path = await unitPath();
  for (const column of ['last_seen_at', 'created_at']) {
    const s = await login('theodoi', DEMO_PASSWORD, a.url);
    assert.equal((await request('GET', path, { session: on(s, b) })).status, 200);
    assert.equal((await request('GET', path, { session: on(s, b) })).status, 200);
    // 13 hours ago: past the idle limit (2 h) and the absolute one (12 h).
    const hash = execFileSync('sha256sum', { input: s.cookie.split('=')[1] }).toString().split(' ')[0];
    sql(db, `UPDATE sessions SET ${column} = ${column} - ${13 * 3600 * 1000000} WHERE id_hash = '${hash}'`);
    const r = await request('GET', path, { session: on(s, b) });
    assert.equal(r.status, 401, `${column}: ${r.text}`);
    assert.equal(r.json.error.code, 'session_expired');
  }
});

test('a password change in A ends the user\'s other sessions, in B too', { skip }, async () => {
  const p = await newPerson(['edu_office']);
  const other = await login(p.login, p.password, b.url);
  const path = await unitPath();
  assert.equal((await request('GET', path, { session: other })).status, 200);
  assert.equal((await request('GET', path, { session: other })).status, 200);
  const pw = await request('POST', '/api/v1/session/password', { session: p.session, body: { current_password: p.password, new_password: p.password + '-2' } });
  assert.equal(pw.status, 200, pw.text);
  const r = await request('GET', path, { session: other });
  assert.equal(r.status, 401, r.text);
  // The session that changed the password still works, in both processes.
  assert.equal((await request('GET', path, { session: p.session })).status, 200);
  assert.equal((await request('GET', path, { session: on(p.session, b) })).status, 200);
});

test('a token revoked in A is refused by B on its next request', { skip }, async () => {
  const p = await newPerson(['edu_office']);
  const made = await request('POST', '/api/v1/tokens', { session: p.session, body: { name: 'hai tiến trình', scopes: ['getUnit'] } });
  assert.equal(made.status, 201, made.text);
  const path = await unitPath();
  const viaB = () => request('GET', path, { token: made.json.token, base: b.url });
  assert.equal((await viaB()).status, 200);
  assert.equal((await viaB()).status, 200);
  const del = await request('DELETE', `/api/v1/tokens/${made.json.api_token.id}`, { session: p.session });
  assert.equal(del.status, 204, del.text);
  const r = await viaB();
  assert.equal(r.status, 401, r.text);
  assert.equal(r.json.error.code, 'token_revoked');
});

test('a role removed in A is refused by B on its next request', { skip }, async () => {
  const p = await newPerson(['edu_office', 'admin']);
  const viaB = on(p.session, b);
  assert.equal((await request('GET', '/api/v1/users', { session: viaB })).status, 200);
  assert.equal((await request('GET', '/api/v1/users', { session: viaB })).status, 200);
  const r0 = await request('PATCH', `/api/v1/users/${p.id}`, { session: admin, body: { roles: ['edu_office'] } });
  assert.equal(r0.status, 200, r0.text);
  const r = await request('GET', '/api/v1/users', { session: viaB });
  assert.equal(r.status, 403, r.text);
  // The session itself goes on (the other roles remain).
  assert.equal((await request('GET', await unitPath(), { session: viaB })).status, 200);
});

test('a user disabled in A is refused by B on their next request', { skip }, async () => {
  const p = await newPerson(['edu_office']);
  const viaB = on(p.session, b);
  const path = await unitPath();
  assert.equal((await request('GET', path, { session: viaB })).status, 200);
  assert.equal((await request('GET', path, { session: viaB })).status, 200);
  const r0 = await request('PATCH', `/api/v1/users/${p.id}`, { session: admin, body: { disabled: true } });
  assert.equal(r0.status, 200, r0.text);
  assert.equal((await request('GET', path, { session: viaB })).status, 401);
});

test('a registry edit in A is seen by B on its next request', { skip }, async () => {
  const editor = await login('so.gddt', DEMO_PASSWORD, a.url);
  const viewer = await login('theodoi', DEMO_PASSWORD, b.url);
  const id = await unitByCode(admin, '03007');
  const before = await request('GET', `/api/v1/units/${id}`, { session: viewer });
  assert.equal(before.status, 200);
  assert.equal((await request('GET', `/api/v1/units/${id}`, { session: viewer })).json.unit.name, before.json.unit.name);
  // A rename effective today changes the answer "as of today" at once.
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' }).format(new Date());
  const name = `Trường đổi tên ${Date.now()}`;
  const ev = await request('POST', '/api/v1/unit-events', { session: editor, body: { kind: 'rename', date: today, unit_ids: [id], name } });
  assert.equal(ev.status, 201, ev.text);
  const after = await request('GET', `/api/v1/units/${id}`, { session: viewer });
  assert.equal(after.status, 200);
  assert.equal(after.json.unit.name, name);
  assert.equal(after.json.unit.versions.length, before.json.unit.versions.length + 1);
  // And a direct edit of the database (no API call) as well.
  sql(db, `UPDATE unit_versions SET name = 'Sửa trực tiếp' WHERE unit_id = ${id} AND valid_to IS NULL`);
  sql(db, `UPDATE settings SET value = CAST(CAST(value AS BIGINT) + 1 AS TEXT) WHERE key = 'registry_revision'`);
  const direct = await request('GET', `/api/v1/units/${id}`, { session: viewer });
  assert.equal(direct.json.unit.name, 'Sửa trực tiếp');
});
