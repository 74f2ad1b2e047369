// Defect 3 of issue 7: which roles a unit may hold is data (data/org/role_unit_types.csv); one
// user acts for one side; administrators grant only what their unit type allows, in their scope
// and side, create administrators only below their own unit; the observer's account and the
// root administrators are managed by the system administrator. On the main of 06/12/2026 the
// police administrator created a `department` + `school_manager` user at CAHP.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { request, login, unitId, uniqueLogin } from '../lib.mjs';

const PW = 'Mot-mat-khau-dai-2026';

async function create(s, unit, roles) {
  return request('POST', '/api/v1/users', { session: s, body: { login: uniqueLogin('sec'), full_name: 'Người Thử', unit_id: unit, roles, password: PW } });
}

test('a role the unit type may not hold is refused (422)', async () => {
  const ca = await login('admin.ca');
  const cahp = await unitId(ca, 'CAHP');
  for (const roles of [['department'], ['school_manager'], ['department', 'school_manager']]) {
    const r = await create(ca, cahp, roles);
    assert.equal(r.status, 422, `${roles}: ${r.text}`);
  }
  const admin = await login('admin');
  const school = await unitId(admin, '03002');
  assert.equal((await create(admin, school, ['department'])).status, 422);
});

test('a user acts for one side: mixed police and education roles are refused', async () => {
  const admin = await login('admin');
  const school = await unitId(admin, '03002');
  const r = await create(admin, school, ['school_staff', 'traffic_police']);
  assert.equal(r.status, 422, r.text);
});

test('administrators manage only their side and scope', async () => {
  const ca = await login('admin.ca');
  const admin = await login('admin');
  const school = await unitId(admin, '03002');
  assert.equal((await create(ca, school, ['school_staff'])).status, 403);
  const csgt = await unitId(admin, 'CAHP-CSGT');
  assert.equal((await create(admin, csgt, ['traffic_police'])).status, 403);
  const ok = await create(admin, school, ['school_staff']);
  assert.equal(ok.status, 201, ok.text);
  // the police administrator cannot see, edit or reset an education account
  const id = ok.json.user.id;
  assert.equal((await request('PATCH', `/api/v1/users/${id}`, { session: ca, body: { roles: ['traffic_police'] } })).status, 404);
  assert.equal((await request('POST', `/api/v1/users/${id}/password`, { session: ca, body: { password: PW } })).status, 404);
  // an education administrator cannot turn a teacher into a police officer
  assert.equal((await request('PATCH', `/api/v1/users/${id}`, { session: admin, body: { roles: ['traffic_police'] } })).status, 422);
});

test('administrators are created only below one\'s own unit, and the observer by the system administrator', async () => {
  const admin = await login('admin');
  const sgd = await unitId(admin, 'SGDDT-HP');
  assert.equal((await create(admin, sgd, ['admin'])).status, 403);
  const office = await unitId(admin, 'VHXH-11311');
  const below = await create(admin, office, ['admin']);
  assert.equal(below.status, 201, below.text);
  const board = await unitId(admin, 'BAN_ATGT-HP');
  assert.equal((await create(admin, board, ['observer'])).status, 403);
  const sys = await login('quantri.hethong');
  const obs = await create(sys, board, ['observer']);
  assert.equal(obs.status, 201, obs.text);
  const rootAdmin = await create(sys, await unitId(sys, 'CAHP'), ['admin']);
  assert.equal(rootAdmin.status, 201, rootAdmin.text);
  // nobody creates a system administrator through the API
  assert.equal((await create(sys, sgd, ['system_admin'])).status, 403);
  // the system administrator sees the observer's account; the Department's administrator does not
  const list = await request('GET', `/api/v1/users?unit_id=${board}`, { session: sys });
  assert.ok(list.json.users.some((u) => u.login === 'theodoi'));
  const list2 = await request('GET', `/api/v1/users?unit_id=${board}`, { session: admin });
  assert.equal(list2.json.users.length, 0);
});

test('an administrator cannot disable or reset a peer administrator of the same unit', async () => {
  const admin = await login('admin');
  const sys = await login('quantri.hethong');
  const sgd = await unitId(admin, 'SGDDT-HP');
  const peer = await create(sys, sgd, ['admin']);
  assert.equal(peer.status, 201, peer.text);
  const id = peer.json.user.id;
  assert.equal((await request('PATCH', `/api/v1/users/${id}`, { session: admin, body: { disabled: true } })).status, 403);
  assert.equal((await request('POST', `/api/v1/users/${id}/password`, { session: admin, body: { password: PW } })).status, 403);
});

test('the users CSV import checks each role against the unit type and scope', async () => {
  const ca = await login('admin.ca');
  const csv = 'Họ tên,Email,Vai trò,Mã đơn vị\nNgười A,a@example.com,department,CAHP\nNgười B,b@example.com,school_manager,03002\n';
  const up = await request('POST', '/api/v1/uploads?name=users.csv', { session: ca, raw: csv, headers: { 'content-type': 'application/octet-stream' } });
  assert.equal(up.status, 201, up.text);
  const r = await request('POST', '/api/v1/users/import/preview', { session: ca, body: { file_id: up.json.file.id } });
  assert.equal(r.status, 422, r.text);
  const rows = r.json.error.rows.map((x) => x.row);
  assert.ok(rows.includes(2) && rows.includes(3), JSON.stringify(r.json.error.rows));
});
