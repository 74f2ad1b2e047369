// Defect 5 of issue 7: rights through a predecessor are dated and respect partial links. On the
// main of 06/12/2026 a commune office that took part of a district office managed the users of
// every school the district office ever held, including those that went to another commune.
// Worked example from the 2025 reform (docs/security.md): on 1/7/2025 the education office of
// quận Hải An (PGD-HA) was split between the commune offices VHXH-11411 and VHXH-11413; its three
// demo schools went to VHXH-11413.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { request, login, unitId, uniqueLogin } from '../lib.mjs';

const PW = 'Mot-mat-khau-dai-2026';

async function adminAt(dept, code) {
  const name = uniqueLogin('qtxa');
  const r = await request('POST', '/api/v1/users', { session: dept, body: { login: name, full_name: 'Quản Trị Xã', unit_id: await unitId(dept, code), roles: ['admin'], password: PW } });
  assert.equal(r.status, 201, r.text);
  const first = await login(name, PW);
  const c = await request('POST', '/api/v1/session/password', { session: first, body: { current_password: PW, new_password: PW + '-moi' } });
  assert.equal(c.status, 200, c.text);
  return login(name, PW + '-moi');
}

test('a commune office manages only the schools that came to it, not those of its sibling', async () => {
  const dept = await login('admin');
  const teacher = await request('POST', '/api/v1/users', { session: dept, body: { login: uniqueLogin('gvha'), full_name: 'Giáo Viên Hải An', unit_id: await unitId(dept, 'S-11413-TH'), roles: ['school_staff'], password: PW } });
  assert.equal(teacher.status, 201, teacher.text);
  const id = teacher.json.user.id;
  const sibling = await adminAt(dept, 'VHXH-11411');
  const list = await request('GET', '/api/v1/users', { session: sibling });
  assert.ok(!list.json.users.some((u) => u.id === id), 'VHXH-11411 does not see a teacher of a school that went to VHXH-11413');
  assert.equal((await request('PATCH', `/api/v1/users/${id}`, { session: sibling, body: { disabled: true } })).status, 404);
  const receiver = await adminAt(dept, 'VHXH-11413');
  const list2 = await request('GET', '/api/v1/users', { session: receiver });
  assert.ok(list2.json.users.some((u) => u.id === id), 'VHXH-11413 manages its school');
});
