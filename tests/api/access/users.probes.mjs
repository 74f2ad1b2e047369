// Access probes: Accounts and service accounts.
// Each probe measures one operation over HTTP for a role and a kind of data (own, foreign,
// predecessor, participant) and answers 'allow' or 'deny'; runner.test.mjs compares the
// answers with matrix.csv.
import { fixtures, login, ok, request, sessionFor, uniqueLogin, uploadTo, verdict } from './fixtures.mjs';

export default {
  listRoles: async (role) => verdict(await request('GET', '/api/v1/roles', { session: await sessionFor(role) })),
  createServiceAccount: async (role, kind) => {
    const f = await fixtures();
    const [unit, roles] = kind === 'own' ? [f.hpSchool, ['school_staff']] : [f.policeSection, ['traffic_police']];
    return verdict(await request('POST', '/api/v1/service-accounts', { session: await sessionFor(role), body: { login: uniqueLogin('svc'), full_name: 'Hệ thống thử', unit_id: unit, roles } }));
  },
  listUsers: async (role, kind) => {
    const s = await sessionFor(role);
    const f = await fixtures();
    const r = await request('GET', '/api/v1/users', { session: s });
    if (!ok(r)) return verdict(r);
    const target = { own: f.ownUser, foreign: f.foreignUser, predecessor: f.predecessorUser }[kind];
    return r.json.users.some((u) => u.id === target.id) ? 'allow' : 'deny';
  },
  createUser: async (role, kind) => {
    const f = await fixtures();
    const unit = { own: f.hpSchool, foreign: f.policeUnit, predecessor: f.predecessorUser.unit_id }[kind];
    const roles = { own: ['school_staff'], foreign: ['traffic_police'], predecessor: ['department'] }[kind];
    return verdict(await request('POST', '/api/v1/users', {
      session: await sessionFor(role), body: { login: uniqueLogin('c'), full_name: 'Người Tạo Thử', unit_id: unit, roles, password: 'Mat-khau-ma-tran' },
    }), 'unit_id');
  },
  updateUser: async (role, kind) => {
    const f = await fixtures();
    const target = { own: f.ownUser, foreign: f.foreignUser, predecessor: f.predecessorUser }[kind];
    return verdict(await request('PATCH', `/api/v1/users/${target.id}`, { session: await sessionFor(role), body: { full_name: 'Người Kiểm Thử' } }));
  },
  resetUserPassword: async (role, kind) => {
    const f = await fixtures();
    const target = { own: f.ownUser, foreign: f.foreignUser, predecessor: f.predecessorUser }[kind];
    return verdict(await request('POST', `/api/v1/users/${target.id}/password`, { session: await sessionFor(role), body: { password: 'Mat-khau-dat-lai-mt' } }));
  },
  previewUsersImport: async (role) => {
    const s = await sessionFor(role);
    const up = await uploadTo('/api/v1/uploads?name=tai-khoan.csv', s, Buffer.from('Mã đơn vị,Họ tên,Email,Vai trò\n03002,Người Xem Trước,xem.truoc@example.edu.vn,school_staff\n'));
    if (!ok(up)) return verdict(up);
    return verdict(await request('POST', '/api/v1/users/import/preview', { session: s, body: { file_id: up.json.file.id } }));
  },
};
