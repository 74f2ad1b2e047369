// Access probes: accidents. "own" is an accident recorded by the role's own unit (police, school
// management, the Department) or, for roles that do not record, one involving a student of their
// scope (03002 for the school roles, THCS Thượng Lý under the commune office); "foreign" one
// recorded by the other police unit about a student of another school.
import { assert, login, request, sessionFor, verdict } from './fixtures.mjs';

const RECORDER = { department: 'so.gddt', school_manager: 'bgh.hongbang', traffic_police: 'csgt', commune_police: 'ca.hongbang' };
const SCHOOL = { edu_office: 'S-11305-THCS', school_manager: '03002', school_staff: '03002' };

let roster;
async function studentAt(code) {
  if (!roster) {
    const so = await login('so.gddt');
    roster = (await request('GET', '/api/v1/students?school_year=2025-2026&limit=1000', { session: so })).json.students;
  }
  const s = roster.find((x) => x.school_code === code && x.personal_id);
  assert.ok(s, code);
  return s;
}

async function accident(by, person) {
  const r = await request('POST', '/api/v1/accidents', { session: await login(by), body: { occurred_at: '2025-12-02T07:00', address: 'Điểm thử của ma trận quyền', persons: [{ outcome: 'injury', ...person }] } });
  assert.equal(r.status, 201, r.text);
  return r.json.accident.id;
}

// An accident `role` may reach as "own", or one it may not as "foreign".
async function accidentFor(role, kind) {
  if (kind === 'own') {
    if (RECORDER[role]) return accident(RECORDER[role], { full_name: 'Người Thử Ma Trận', birth_year: 2010 });
    const s = await studentAt(SCHOOL[role] ?? '03002');
    return accident('csgt', { full_name: s.full_name, birth_date: s.birth_date });
  }
  const s = await studentAt('03007');
  const by = role === 'traffic_police' ? 'ca.hongbang' : 'csgt';
  return accident(by, { full_name: s.full_name, birth_date: s.birth_date });
}

export default {
  recordAccident: async (role) =>
    verdict(await request('POST', '/api/v1/accidents', { session: await sessionFor(role), body: { occurred_at: '2025-12-02T07:00', persons: [{ full_name: 'Người Thử Ma Trận', birth_year: 2010, outcome: 'unhurt' }] } })),
  listAccidents: async (role) => verdict(await request('GET', '/api/v1/accidents?limit=5', { session: await sessionFor(role) })),
  getAccident: async (role, kind) => {
    const id = await accidentFor(role, kind);
    return verdict(await request('GET', `/api/v1/accidents/${id}`, { session: await sessionFor(role) }));
  },
  withdrawAccident: async (role, kind) => {
    const id = kind === 'own' && RECORDER[role] ? await accident(RECORDER[role], { full_name: 'Người Thử Ma Trận', birth_year: 2010 }) : await accidentFor(role, 'foreign');
    return verdict(await request('POST', `/api/v1/accidents/${id}/withdraw`, { session: await sessionFor(role), body: { reason: 'Thử của ma trận quyền' } }));
  },
};
