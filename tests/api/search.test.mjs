// GET /api/v1/search: accent- and case-insensitive word-prefix search of units (every signed-in
// user) and people (only those the caller administers).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { request, login, unitId, uniqueLogin } from './lib.mjs';

test('people are found without accents, đ as d, any case and word order', async () => {
  const admin = await login('admin');
  const school = await unitId(admin, '03002');
  const name = uniqueLogin('tk');
  const created = await request('POST', '/api/v1/users', {
    session: admin,
    body: { login: name, full_name: 'Đỗ Văn Ánh Tìmkiếm', unit_id: school, roles: ['school_staff'], password: 'Khoi-tao-2026!' },
  });
  assert.equal(created.status, 201, created.text);
  const id = created.json.user.id;
  for (const q of ['do van anh timkiem', 'ĐỖ VĂN', 'timk do', 'TÌMKIẾM Ánh', name]) {
    const r = await request('GET', `/api/v1/search?q=${encodeURIComponent(q)}&limit=50`, { session: admin });
    assert.equal(r.status, 200, r.text);
    assert.ok(r.json.people.some((u) => u.id === id), `"${q}" should find the user`);
  }
  const none = await request('GET', `/api/v1/search?q=${encodeURIComponent('timkiem xyzw')}`, { session: admin });
  assert.deepEqual(none.json.people, []);
  // listUsers uses the same index.
  const list = await request('GET', `/api/v1/users?q=${encodeURIComponent('tìmkiếm ánh')}`, { session: admin });
  assert.ok(list.json.users.some((u) => u.id === id));
  // A rename is searchable at once.
  await request('PATCH', `/api/v1/users/${id}`, { session: admin, body: { full_name: 'Đỗ Văn Đổitên' } });
  const renamed = await request('GET', `/api/v1/search?q=doiten`, { session: admin });
  assert.ok(renamed.json.people.some((u) => u.id === id));
  const old = await request('GET', `/api/v1/search?q=timkiem`, { session: admin });
  assert.ok(!old.json.people.some((u) => u.id === id));
});

test('units are found by any name word, short name or code; everyone may search units', async () => {
  const staff = await login('gv.hongbang');
  const r = await request('GET', `/api/v1/search?q=${encodeURIComponent('thpt hong bang')}`, { session: staff });
  assert.equal(r.status, 200, r.text);
  assert.ok(r.json.units.some((u) => u.code === '03002'), JSON.stringify(r.json.units.map((u) => u.code)));
  assert.deepEqual(r.json.people, []);  // a school teacher administers no one
  const byCode = await request('GET', '/api/v1/search?q=03002', { session: staff });
  assert.ok(byCode.json.units.some((u) => u.code === '03002'));
  const viaUnits = await request('GET', `/api/v1/units/search?q=${encodeURIComponent('HỒNG BÀNG thpt')}`, { session: staff });
  assert.ok(viaUnits.json.units.some((u) => u.code === '03002'));
});

test('the police administrator finds police people only', async () => {
  const police = await login('admin.ca');
  const r = await request('GET', `/api/v1/search?q=${encodeURIComponent('tran quoc quan')}`, { session: police });
  assert.equal(r.status, 200);
  assert.ok(!r.json.people.some((u) => u.login === 'admin'));  // the education administrator
  const admin = await login('admin');
  const own = await request('GET', `/api/v1/search?q=${encodeURIComponent('tran quoc quan')}`, { session: admin });
  assert.ok(own.json.people.some((u) => u.login === 'admin'));
});

test('search input is validated', async () => {
  const s = await login('theodoi');
  for (const q of ['', '%20', '...', 'a'.repeat(201)]) {
    const r = await request('GET', `/api/v1/search?q=${q}`, { session: s });
    assert.equal(r.status, 422, q);
    assert.ok(r.json.error.fields.q);
  }
  assert.equal((await request('GET', '/api/v1/search?q=a&limit=51', { session: s })).status, 422);
  assert.equal((await request('GET', '/api/v1/search?q=hai')).status, 401);
  const limited = await request('GET', '/api/v1/search?q=truong&limit=3', { session: s });
  assert.equal(limited.json.units.length, 3);
});
