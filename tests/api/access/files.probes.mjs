// Access probes: Files.
// Each probe measures one operation over HTTP for a role and a kind of data (own, foreign,
// predecessor, participant) and answers 'allow' or 'deny'; runner.test.mjs compares the
// answers with matrix.csv.
import { fileFor, request, sessionFor, unitFor, uploadTo, verdict } from './fixtures.mjs';

export default {
  // Files, jobs, notifications, scheduler, password reset (platform services).
  uploadFile: async (role) => verdict(await uploadTo('/api/v1/uploads?name=ma-tran.pdf', await sessionFor(role))),
  attachUnitFile: async (role, kind) => {
    const s = await sessionFor(role);
    return verdict(await uploadTo(`/api/v1/units/${await unitFor(s, kind)}/files?name=ma-tran.pdf`, s));
  },
  listUnitFiles: async (role, kind) => {
    const s = await sessionFor(role);
    return verdict(await request('GET', `/api/v1/units/${await unitFor(s, kind)}/files`, { session: s }));
  },
  getImportTemplate: async (role) => verdict(await request('GET', '/api/v1/import-templates/students', { session: await sessionFor(role), binary: true })),
  downloadFile: async (role, kind) => {
    const s = await sessionFor(role);
    const file = await fileFor(s, kind);
    return verdict(await request('GET', `/api/v1/files/${file.id}`, { session: s, binary: true }));
  },
  deleteFile: async (role, kind) => {
    const s = await sessionFor(role);
    const file = await fileFor(s, kind);
    return verdict(await request('DELETE', `/api/v1/files/${file.id}`, { session: s }));
  },
};
