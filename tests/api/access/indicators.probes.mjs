// Access probes: Indicators.
// Each probe measures one operation over HTTP for a role and a kind of data (own, foreign,
// predecessor, participant) and answers 'allow' or 'deny'; runner.test.mjs compares the
// answers with matrix.csv.
import { request, sessionFor, verdict } from './fixtures.mjs';

export default {
  // Indicators and enrolment: own = a school in the user's subtree, foreign = one outside it.
  listIndicators: async (role) => verdict(await request('GET', '/api/v1/indicators', { session: await sessionFor(role) })),
  updateIndicator: async (role) => verdict(await request('PUT', `/api/v1/indicators/MT_${role.toUpperCase()}`, {
    session: await sessionFor(role), body: { name: 'Chỉ tiêu ma trận', unit: 'lượt', computation: { count: { source: 'tasks' } } },
  })),
  previewIndicator: async (role) => verdict(await request('POST', '/api/v1/indicators/preview', {
    session: await sessionFor(role), body: { school_year: '2025-2026', computation: { sum: { source: 'enrolment', field: 'students' } } },
  })),
};
