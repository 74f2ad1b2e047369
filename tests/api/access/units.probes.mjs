// Access probes: Reading the organisation.
// Each probe measures one operation over HTTP for a role and a kind of data (own, foreign,
// predecessor, participant) and answers 'allow' or 'deny'; runner.test.mjs compares the
// answers with matrix.csv.
import { fixtures, request, sessionFor, verdict } from './fixtures.mjs';

export default {
  getUnitChanges: async (role) => verdict(await request('GET', '/api/v1/units/changes?from=2024-12-31&to=2025-12-31', { session: await sessionFor(role) })),
  listUnitTypes: async (role) => verdict(await request('GET', '/api/v1/unit-types', { session: await sessionFor(role) })),
  getUnitTree: async (role) => verdict(await request('GET', '/api/v1/units/tree?date=2024-12-31', { session: await sessionFor(role) })),
  searchUnits: async (role) => verdict(await request('GET', '/api/v1/units/search?q=hai%20phong', { session: await sessionFor(role) })),
  ...Object.fromEntries(['getUnit', 'getUnitHistory', 'getUnitSuccessors', 'getUnitDescendants'].map((op) => [op, async (role, kind) => {
    const s = await sessionFor(role);
    const f = await fixtures();
    const id = kind === 'own' ? s.user.unit_id : kind === 'foreign' ? (s.user.unit_id === f.policeUnit ? f.eduUnit : f.policeUnit) : f.hdDepartment;
    const suffix = { getUnit: '', getUnitHistory: '/history', getUnitSuccessors: '/successors', getUnitDescendants: '/descendants?from=2024-01-01&to=2025-12-31' }[op];
    return verdict(await request('GET', `/api/v1/units/${id}${suffix}`, { session: s }));
  }])),
};
