// Access probes: Global search.
// Each probe measures one operation over HTTP for a role and a kind of data (own, foreign,
// predecessor, participant) and answers 'allow' or 'deny'; runner.test.mjs compares the
// answers with matrix.csv.
import { fixtures, login, ok, request, sessionFor, verdict } from './fixtures.mjs';

export default {
  globalSearch: async (role, kind) => {
    // Units are for everyone (asserted in search.test.mjs); people only within the admin scope.
    const f = await fixtures();
    const target = { own: f.ownUser, foreign: f.foreignUser, predecessor: f.predecessorUser }[kind];
    const r = await request('GET', `/api/v1/search?q=${encodeURIComponent(target.login)}&limit=50`, { session: await sessionFor(role) });
    if (!ok(r)) return verdict(r);
    return r.json.people.some((u) => u.id === target.id) ? 'allow' : 'deny';
  },
};
