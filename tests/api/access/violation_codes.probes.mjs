// Access probes: violation codes, decrees and behaviour categories.
// Each probe measures one operation over HTTP for a role and answers 'allow' or 'deny';
// runner.test.mjs compares the answers with matrix.csv. Writes touch far-future rows only.
import { assert, request, sessionFor, verdict } from './fixtures.mjs';

let seq = 0;
// A code of Decree 168 in force from a far-future day, unique per call (article 7, clause 2).
const letters = 'abcdefghiklmnopqrstuvxy';
function futureCode() {
  seq += 1;
  return {
    decree: 'ND168', code: `7.2.${letters[seq % letters.length]}`, vehicle_kind: 'motorbike',
    description: 'Hành vi thử của ma trận quyền', fine_min: 100000, fine_max: 200000,
    effective_from: `2090-01-${String(1 + Math.floor(seq / letters.length)).padStart(2, '0')}`,
    category: 'other',
  };
}

async function anyCodeId() {
  const r = await request('GET', '/api/v1/violation-codes?decree=ND168&category=red_light', { session: await sessionFor('admin') });
  assert.equal(r.status, 200, r.text);
  return r.json.violation_codes[0].id;
}

export default {
  listViolationCodes: async (role) => verdict(await request('GET', '/api/v1/violation-codes?date=2025-06-01', { session: await sessionFor(role) })),
  getViolationCode: async (role) => verdict(await request('GET', `/api/v1/violation-codes/${await anyCodeId()}`, { session: await sessionFor(role) })),
  listDecrees: async (role) => verdict(await request('GET', '/api/v1/decrees', { session: await sessionFor(role) })),
  listBehaviourCategories: async (role) => verdict(await request('GET', '/api/v1/behaviour-categories', { session: await sessionFor(role) })),
  createViolationCode: async (role) => verdict(await request('POST', '/api/v1/violation-codes', { session: await sessionFor(role), body: futureCode() })),
  putViolationCode: async (role) => {
    const made = await request('POST', '/api/v1/violation-codes', { session: await sessionFor('admin'), body: futureCode() });
    assert.equal(made.status, 201, made.text);
    const body = { ...futureCode(), code: made.json.violation_code.code, effective_from: made.json.violation_code.effective_from, fine_max: 300000 };
    return verdict(await request('PUT', `/api/v1/violation-codes/${made.json.violation_code.id}`, { session: await sessionFor(role), body }));
  },
  putDecree: async (role) => verdict(await request('PUT', '/api/v1/decrees/ND999', {
    session: await sessionFor(role), body: { number: '999/2090/NĐ-CP', title: 'Nghị định thử của ma trận quyền', effective_from: '2090-01-01' },
  })),
  putBehaviourCategory: async (role) => verdict(await request('PUT', '/api/v1/behaviour-categories/matrix_probe', {
    session: await sessionFor(role), body: { label_vi: 'Nhóm thử của ma trận quyền', label_en: 'Matrix probe' },
  })),
};
