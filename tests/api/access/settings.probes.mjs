// Access probes: Global settings.
// Each probe measures one operation over HTTP for a role and a kind of data (own, foreign,
// predecessor, participant) and answers 'allow' or 'deny'; runner.test.mjs compares the
// answers with matrix.csv.
import { request, sessionFor, verdict } from './fixtures.mjs';

export default {
  getRetentionSettings: async (role) => verdict(await request('GET', '/api/v1/settings/retention', { session: await sessionFor(role) })),
  putRetentionSettings: async (role) => verdict(await request('PUT', '/api/v1/settings/retention', { session: await sessionFor(role), body: { personal_data_days: 1095 } })),
};
