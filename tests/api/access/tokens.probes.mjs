// Access probes: API tokens.
// Each probe measures one operation over HTTP for a role and a kind of data (own, foreign,
// predecessor, participant) and answers 'allow' or 'deny'; runner.test.mjs compares the
// answers with matrix.csv.
import { fixtures, request, sessionFor, verdict } from './fixtures.mjs';

export default {
  listTokens: async (role) => verdict(await request('GET', '/api/v1/tokens', { session: await sessionFor(role) })),
  createToken: async (role, kind) => {
    const s = await sessionFor(role);
    const f = await fixtures();
    const unit = kind === 'own' ? s.user.unit_id : (s.user.unit_id === f.policeUnit ? f.eduUnit : f.policeUnit);
    return verdict(await request('POST', '/api/v1/tokens', { session: s, body: { name: 'ma trận', unit_id: unit, scopes: ['getUnit'] } }), 'unit_id');
  },
  revokeToken: async (role, kind) => {
    const s = await sessionFor(role);
    const owner = kind === 'own' ? s : await sessionFor(role === 'observer' ? 'admin' : 'observer');
    const t = await request('POST', '/api/v1/tokens', { session: owner, body: { name: 'thu hồi', scopes: ['getUnit'] } });
    return verdict(await request('DELETE', `/api/v1/tokens/${t.json.api_token.id}`, { session: s }));
  },
  createServiceToken: async (role, kind) => {
    const f = await fixtures();
    const account = kind === 'own' ? f.ownService : f.foreignService;
    return verdict(await request('POST', `/api/v1/service-accounts/${account}/tokens`, { session: await sessionFor(role), body: { name: 'hệ thống', scopes: ['getUnit'] } }));
  },
};
