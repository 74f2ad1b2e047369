// Access probes: violation records. "own" is a record made by a police user of the role's own
// unit (csgt for traffic police, ca.hongbang for commune police; csgt's for the other roles);
// "foreign" one made by the other police unit.
import { assert, login, request, sessionFor, verdict } from './fixtures.mjs';

const OTHER = { traffic_police: 'commune_police', commune_police: 'traffic_police' };

function body() {
  return {
    occurred_at: '2025-09-15T07:15', address: 'Ngã tư thử của ma trận quyền', officer_name: 'Cán bộ thử',
    persons: [{ role: 'rider', full_name: 'Học Sinh Thử', birth_year: 2009, decree: 'ND168', code: '7.2.h', sanction: 'warning' }],
  };
}

const made = {};
async function recordBy(role) {
  if (made[role]) return made[role];
  const r = await request('POST', '/api/v1/violations', { session: await sessionFor(role), body: body() });
  assert.equal(r.status, 201, r.text);
  return (made[role] = r.json.violations[0].id);
}

// A fresh record of the role's own police unit (or the other one's), to be changed by `role`.
async function freshRecord(role, kind) {
  const owner = OTHER[role] ? (kind === 'own' ? role : OTHER[role]) : (kind === 'own' ? 'traffic_police' : 'commune_police');
  const r = await request('POST', '/api/v1/violations', { session: await sessionFor(owner), body: body() });
  assert.equal(r.status, 201, r.text);
  return r.json.violations[0].id;
}

export default {
  correctViolation: async (role, kind) => {
    const id = await freshRecord(role, kind);
    return verdict(await request('PUT', `/api/v1/violations/${id}`, { session: await sessionFor(role), body: { reason: 'Sửa thử của ma trận', person: { ...body().persons[0], code: '7.2.i' } } }));
  },
  withdrawViolation: async (role, kind) => {
    const id = await freshRecord(role, kind);
    return verdict(await request('POST', `/api/v1/violations/${id}/withdraw`, { session: await sessionFor(role), body: { reason: 'Hủy thử của ma trận' } }));
  },
  recordViolations: async (role) => verdict(await request('POST', '/api/v1/violations', { session: await sessionFor(role), body: body() })),
  pushViolations: async (role) => {
    const item = { ...body(), persons: body().persons.map((p) => ({ ...p, external_id: `matrix-${role}-${Date.now()}-${Math.random()}` })) };
    return verdict(await request('POST', '/api/v1/violations/push', { session: await sessionFor(role), body: { source_system: 'MA-TRAN', items: [item] } }));
  },
  importViolations: async (role) => {
    const s = await sessionFor(role);
    const csv = 'Thời điểm vi phạm,Họ và tên,Năm sinh,Hình thức xử lý\n15/09/2025 07:15,Học Sinh Thử,2009,Không xử phạt\n';
    const up = await request('POST', '/api/v1/uploads?name=ma-tran.csv', { session: s, raw: Buffer.from(csv), headers: { 'content-type': 'application/octet-stream' } });
    if (up.status !== 201) return verdict(up);
    return verdict(await request('POST', '/api/v1/violations/import', { session: s, body: { file_id: up.json.file.id } }));
  },
  listViolations: async (role) => verdict(await request('GET', '/api/v1/violations?limit=5', { session: await sessionFor(role) })),
  // The view log is read by administrators whose scope holds the record's unit: for an
  // administrator "own" is the police administrator (admin.ca, CAHP) and "foreign" the education
  // one (admin, SGDDT-HP).
  listViolationViews: async (role, kind) => {
    const id = await recordBy('traffic_police');
    const session = role === 'admin' && kind === 'own' ? await login('admin.ca') : await sessionFor(role);
    return verdict(await request('GET', `/api/v1/violations/${id}/views`, { session }));
  },
  getViolation: async (role, kind) => {
    const owner = OTHER[role] ? (kind === 'own' ? role : OTHER[role]) : (kind === 'own' ? 'traffic_police' : 'commune_police');
    const id = await recordBy(owner);
    return verdict(await request('GET', `/api/v1/violations/${id}`, { session: await sessionFor(role) }));
  },
};
