// Access probes: the register of processing purposes and the impact assessment dossier. One
// register for the whole system (no unit scope): "own" is the only case. An edit writes back what
// the purpose already holds (nothing changes for the other tests); a risk to update or delete is
// made first by the Department.
import { assert, login, request, sessionFor, verdict } from './fixtures.mjs';

const riskBody = { purpose_code: 'accidents', risk: 'Rủi ro thử của ma trận quyền', likelihood: 'low', impact: 'medium', measures: 'Biện pháp thử', residual: 'low' };

async function riskByDepartment() {
  const r = await request('POST', '/api/v1/privacy/dpia/risks', { session: await login('so.gddt'), body: riskBody });
  assert.equal(r.status, 201, r.text);
  return r.json.risk.id;
}

async function purposeAsItIs() {
  const r = await request('GET', '/api/v1/privacy/purposes', { session: await login('so.gddt') });
  assert.equal(r.status, 200, r.text);
  const p = r.json.purposes.find((x) => x.code === 'accidents');
  const { name, description, legal_basis, data_categories, data_subjects, recipients, retention_days, retention_note } = p;
  return { name, description, legal_basis, data_categories, data_subjects, recipients, retention_days, retention_note };
}

export default {
  listProcessingPurposes: async (role) => verdict(await request('GET', '/api/v1/privacy/purposes', { session: await sessionFor(role) })),
  getDpia: async (role) => verdict(await request('GET', '/api/v1/privacy/dpia', { session: await sessionFor(role) })),
  updateProcessingPurpose: async (role) => verdict(await request('PUT', '/api/v1/privacy/purposes/accidents', { session: await sessionFor(role), body: await purposeAsItIs() })),
  createDpiaRisk: async (role) => verdict(await request('POST', '/api/v1/privacy/dpia/risks', { session: await sessionFor(role), body: riskBody })),
  updateDpiaRisk: async (role) => {
    const id = await riskByDepartment();
    return verdict(await request('PUT', `/api/v1/privacy/dpia/risks/${id}`, { session: await sessionFor(role), body: { ...riskBody, residual: 'medium' } }));
  },
  deleteDpiaRisk: async (role) => {
    const id = await riskByDepartment();
    return verdict(await request('DELETE', `/api/v1/privacy/dpia/risks/${id}`, { session: await sessionFor(role) }));
  },
  createDpiaReview: async (role) => verdict(await request('POST', '/api/v1/privacy/dpia/reviews', { session: await sessionFor(role), body: { reviewed_on: '2026-01-15', conclusion: 'Rà soát thử của ma trận quyền' } })),
};
