// Access probes: Jobs.
// Each probe measures one operation over HTTP for a role and a kind of data (own, foreign,
// predecessor, participant) and answers 'allow' or 'deny'; runner.test.mjs compares the
// answers with matrix.csv.
import { failedJobOf, ok, otherAdmin, request, sessionFor, verdict, waitJob } from './fixtures.mjs';

export default {
  listJobs: async (role) => verdict(await request('GET', '/api/v1/jobs', { session: await sessionFor(role) })),
  createJob: async (role) => verdict(await request('POST', '/api/v1/jobs', { session: await sessionFor(role), body: { kind: 'audit_export', params: { from: '2099-01-01' } } })),
  getJob: async (role, kind) => {
    const s = await sessionFor(role);
    // Only administrators start jobs: "foreign" for the admin is another administrator's job.
    const other = role === 'admin' ? await otherAdmin() : await sessionFor('admin');
    const job = kind === 'own' ? await failedJobOf(s) : await failedJobOf(other);
    return verdict(await request('GET', `/api/v1/jobs/${job.id}`, { session: s }));
  },
  retryJob: async (role, kind) => {
    const s = await sessionFor(role);
    const job = kind === 'own' ? await failedJobOf(s) : await failedJobOf(await sessionFor('admin'));
    const r = await request('POST', `/api/v1/jobs/${job.id}/retry`, { session: s });
    if (ok(r)) await waitJob(s, job.id);
    return verdict(r);
  },
};
