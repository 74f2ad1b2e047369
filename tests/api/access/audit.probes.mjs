// Access probes: The audit log.
// Each probe measures one operation over HTTP for a role and a kind of data (own, foreign,
// predecessor, participant) and answers 'allow' or 'deny'; runner.test.mjs compares the
// answers with matrix.csv.
import { fixtures, ok, request, sessionFor, verdict } from './fixtures.mjs';

export default {
  listAudit: async (role, kind) => {
    const s = await sessionFor(role);
    const f = await fixtures();
    const r = await request('GET', '/api/v1/audit?entity=user&limit=200', { session: s });
    if (!ok(r)) return verdict(r);
    // own: the creation of a user in the admin's scope; foreign: one created by the police admin.
    const target = kind === 'own' ? f.ownUser : f.foreignUser;
    return r.json.entries.some((e) => e.entity_id === String(target.id) && e.action === 'create') ? 'allow' : 'deny';
  },
};
