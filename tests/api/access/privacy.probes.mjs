// Access probes: parents' requests and the breach log. Requests: "own" one recorded by the role's
// own unit (for the answer: by THPT Hồng Bàng, whose management is school_manager); "foreign" one
// of another school. Breaches: "own" an incident recorded by the role's unit (the Department's for
// roles that cannot record), "foreign" one of the police administrator's unit.
import { assert, login, request, sessionFor, verdict } from './fixtures.mjs';

const today = () => new Date(Date.now() + 7 * 3600e3).toISOString().slice(0, 10);
const local = (hours) => new Date(Date.now() + (7 + hours) * 3600e3).toISOString().slice(0, 16);
const body = () => ({ requester_name: 'Phụ Huynh Thử', relation: 'Mẹ', kind: 'access', received_date: today() });

async function requestAt(loginName) {
  const r = await request('POST', '/api/v1/privacy/requests', { session: await login(loginName), body: body() });
  assert.equal(r.status, 201, r.text);
  return r.json.request.id;
}

const RECORDERS = { admin: 'admin', department: 'so.gddt', system_admin: 'quantri.hethong' };
async function breachBy(loginName) {
  const r = await request('POST', '/api/v1/privacy/breaches', { session: await login(loginName), body: { detected_at: local(-2), description: 'Sự cố thử của ma trận quyền' } });
  assert.equal(r.status, 201, r.text);
  return r.json.breach.id;
}

export default {
  listPrivacyRequestKinds: async (role) => verdict(await request('GET', '/api/v1/privacy/request-kinds', { session: await sessionFor(role) })),
  listPrivacyRequests: async (role) => verdict(await request('GET', '/api/v1/privacy/requests', { session: await sessionFor(role) })),
  recordPrivacyRequest: async (role) => verdict(await request('POST', '/api/v1/privacy/requests', { session: await sessionFor(role), body: body() })),
  answerPrivacyRequest: async (role, kind) => {
    const id = await requestAt(kind === 'own' ? 'gv.hongbang' : 'gv.ngoquyen');
    return verdict(await request('POST', `/api/v1/privacy/requests/${id}/answer`, { session: await sessionFor(role), body: { answer: 'Trả lời thử của ma trận quyền' } }));
  },
  listBreaches: async (role) => verdict(await request('GET', '/api/v1/privacy/breaches', { session: await sessionFor(role) })),
  recordBreach: async (role) => verdict(await request('POST', '/api/v1/privacy/breaches', { session: await sessionFor(role), body: { detected_at: local(-1), description: 'Sự cố thử của ma trận quyền' } })),
  updateBreach: async (role, kind) => {
    const id = await breachBy(kind === 'own' ? RECORDERS[role] ?? 'so.gddt' : 'admin.ca');
    return verdict(await request('POST', `/api/v1/privacy/breaches/${id}`, { session: await sessionFor(role), body: { measures: 'Biện pháp thử' } }));
  },
};
