// Access probes: parents' requests. "own" is a request recorded by the role's own unit (for the
// answer: by THPT Hồng Bàng, whose management is school_manager); "foreign" one of another school.
import { assert, login, request, sessionFor, verdict } from './fixtures.mjs';

const today = () => new Date(Date.now() + 7 * 3600e3).toISOString().slice(0, 10);
const body = () => ({ requester_name: 'Phụ Huynh Thử', relation: 'Mẹ', kind: 'access', received_date: today() });

async function requestAt(login_) {
  const r = await request('POST', '/api/v1/privacy/requests', { session: await login(login_), body: body() });
  assert.equal(r.status, 201, r.text);
  return r.json.request.id;
}

export default {
  listPrivacyRequestKinds: async (role) => verdict(await request('GET', '/api/v1/privacy/request-kinds', { session: await sessionFor(role) })),
  listPrivacyRequests: async (role) => verdict(await request('GET', '/api/v1/privacy/requests', { session: await sessionFor(role) })),
  recordPrivacyRequest: async (role) => verdict(await request('POST', '/api/v1/privacy/requests', { session: await sessionFor(role), body: body() })),
  answerPrivacyRequest: async (role, kind) => {
    const id = await requestAt(kind === 'own' ? 'gv.hongbang' : 'gv.ngoquyen');
    return verdict(await request('POST', `/api/v1/privacy/requests/${id}/answer`, { session: await sessionFor(role), body: { answer: 'Trả lời thử của ma trận quyền' } }));
  },
};
