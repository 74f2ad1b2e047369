// Issue 7, access through a token with a narrower unit than its owner: the Department's
// administrator makes a token limited to one school (03002) with every operation in its scopes;
// every operation that names a unit, an account or an object outside that school is refused, the
// same operations inside it are allowed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { request, login, unitId, uniqueLogin, openapi } from '../lib.mjs';

const PW = 'Mot-mat-khau-dai-2026';

test('a token limited to one school acts inside that school only', async () => {
  const admin = await login('admin');
  const school = await unitId(admin, '03002');
  const other = await unitId(admin, '03007');
  const sgd = await unitId(admin, 'SGDDT-HP');
  const doc = await openapi();
  const scopes = Object.values(doc.paths).flatMap((p) => Object.values(p)).filter((o) => o.security?.length !== 0).map((o) => o.operationId);
  const t = await request('POST', '/api/v1/tokens', { session: admin, body: { name: 'một trường', unit_id: school, scopes } });
  assert.equal(t.status, 201, t.text);
  const token = t.json.token;
  const as = (method, path, body) => request(method, path, { token, body });
  // an account at the other school, made by the owner in a session
  const foreignUser = await request('POST', '/api/v1/users', { session: admin, body: { login: uniqueLogin('ngoai'), full_name: 'Giáo Viên Khác', unit_id: other, roles: ['school_staff'], password: PW } });
  assert.equal(foreignUser.status, 201);
  const fid = foreignUser.json.user.id;

  const cases = [
    ['list users outside', () => as('GET', `/api/v1/users?unit_id=${other}`), (r) => r.status === 200 && r.json.users.length === 0],
    ['create a user outside', () => as('POST', '/api/v1/users', { login: uniqueLogin('t'), full_name: 'A B', unit_id: other, roles: ['school_staff'], password: PW }), (r) => r.status === 403],
    ['edit a user outside', () => as('PATCH', `/api/v1/users/${fid}`, { full_name: 'Đổi Tên' }), (r) => r.status === 404],
    ['reset a user outside', () => as('POST', `/api/v1/users/${fid}/password`, { password: PW }), (r) => r.status === 404],
    ['rename a unit outside', () => as('POST', '/api/v1/unit-events/preview', { kind: 'rename', date: '2027-01-01', unit_ids: [other], name: 'X' }), (r) => r.status === 403],
    ['create a unit under the Department', () => as('POST', '/api/v1/units', { code: `TK-${Date.now()}`, name: 'Y', type: 'MN', parent_id: sgd, valid_from: '2027-01-01' }), (r) => r.status === 403],
    ['import units outside', () => as('POST', '/api/v1/registry/import', { kind: 'units', dry_run: true, csv: `code,name,type,parent_code,valid_from\nTK-${Date.now()},Z,MN,SGDDT-HP,2027-01-01\n` }), (r) => r.status === 403],
    ['attach a file to a unit outside', () => request('POST', `/api/v1/units/${other}/files?name=a.csv`, { token, raw: 'a,b\n1,2\n', headers: { 'content-type': 'application/octet-stream' } }), (r) => r.status === 403 || r.status === 404],
    ['create a token', () => as('POST', '/api/v1/tokens', { name: 'con', scopes: ['getUnit'] }), (r) => r.status === 403],
  ];
  const failures = [];
  for (const [what, call, ok] of cases) {
    const r = await call();
    if (!ok(r)) failures.push(`${what}: ${r.status} ${r.text.slice(0, 160)}`);
  }
  assert.deepEqual(failures, []);
  // inside the school the same token works
  const inside = await as('POST', '/api/v1/users', { login: uniqueLogin('trong'), full_name: 'Giáo Viên Trong', unit_id: school, roles: ['school_staff'], password: PW });
  assert.equal(inside.status, 201, inside.text);
  const listed = await as('GET', '/api/v1/users');
  assert.ok(listed.json.users.every((u) => u.unit_code === '03002'));
});
