// Access probes: Enrolment.
// Each probe measures one operation over HTTP for a role and a kind of data (own, foreign,
// predecessor, participant) and answers 'allow' or 'deny'; runner.test.mjs compares the
// answers with matrix.csv.
import { ENROL_FOREIGN, ENROL_OWN, enrolmentFixture, fixtures, ok, request, sessionFor, verdict } from './fixtures.mjs';

export default {
  listEnrolments: async (role, kind) => {
    await enrolmentFixture();
    const r = await request('GET', '/api/v1/enrolments?school_year=2025-2026', { session: await sessionFor(role) });
    if (!ok(r)) return verdict(r);
    const code = (kind === 'own' ? ENROL_OWN : ENROL_FOREIGN)[role];
    return r.json.enrolments.some((e) => e.unit_code === code) ? 'allow' : 'deny';
  },
  importEnrolments: async (role, kind) => {
    const code = (kind === 'own' ? ENROL_OWN : ENROL_FOREIGN)[role];
    const r = await request('POST', '/api/v1/enrolments/import', {
      session: await sessionFor(role), body: { dry_run: true, csv: `unit_code,school_year,level,students\n${code},2025-2026,upper_secondary,10\n` },
    });
    if (r.status === 422 && r.json.error.rows?.[0]?.column === 'unit_code') return 'deny';
    return verdict(r);
  },
  getEnrolmentTotals: async (role, kind) => {
    const s = await sessionFor(role);
    const f = await fixtures();
    const unit = kind === 'own' ? s.user.unit_id : (s.user.unit_id === f.eduUnit ? f.policeUnit : f.eduUnit);
    return verdict(await request('GET', `/api/v1/enrolments/totals?school_year=2025-2026&unit_id=${unit}`, { session: s }));
  },
};
