// Access probes: The scheduler and the email queue.
// Each probe measures one operation over HTTP for a role and a kind of data (own, foreign,
// predecessor, participant) and answers 'allow' or 'deny'; runner.test.mjs compares the
// answers with matrix.csv.
import { request, sessionFor, verdict } from './fixtures.mjs';

export default {
  listScheduledTasks: async (role) => verdict(await request('GET', '/api/v1/scheduler', { session: await sessionFor(role) })),
  listTaskRuns: async (role) => verdict(await request('GET', '/api/v1/scheduler/files.collect/runs', { session: await sessionFor(role) })),
  runTaskNow: async (role) => verdict(await request('POST', '/api/v1/scheduler/sessions.purge/run', { session: await sessionFor(role) })),
  listEmails: async (role) => verdict(await request('GET', '/api/v1/emails', { session: await sessionFor(role) })),
};
