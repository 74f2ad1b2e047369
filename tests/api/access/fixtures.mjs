// Shared parts of the access matrix (runner.test.mjs): the demo accounts of each role, the
// hand-written expectations (matrix.csv), fixtures built once by the administrators, and the
// helpers the per-noun probe files (*.probes.mjs) use.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { request, login, unitId, openapi, uniqueLogin, DEMO_PASSWORD } from '../lib.mjs';

export { assert, request, login, unitId, openapi, uniqueLogin, DEMO_PASSWORD };

export const ROLE_LOGIN = {
  admin: 'admin', department: 'so.gddt', edu_office: 'vhxh.hongbang', school_manager: 'bgh.hongbang',
  school_staff: 'gv.hongbang', traffic_police: 'csgt', commune_police: 'ca.hongbang', observer: 'theodoi',
  system_admin: 'quantri.hethong',
};
export const ROLES = Object.keys(ROLE_LOGIN);
export const POLICE_ROLES = new Set(['traffic_police', 'commune_police']);
export const CASES = ['own', 'foreign', 'predecessor', 'participant'];

export function readMatrix() {
  const text = readFileSync(new URL('./matrix.csv', import.meta.url), 'utf8');
  const lines = text.split('\n').filter((l) => l && !l.startsWith('#'));
  const header = lines.shift().split(',');
  const expect = new Map();  // "op|role" -> {own, foreign, ...}
  for (const line of lines) {
    const cells = line.split(',');
    const row = Object.fromEntries(header.map((h, i) => [h, cells[i]]));
    const roles = row.roles === '*' ? ROLES : row.roles.split(';');
    for (const r of roles) {
      const key = `${row.operation}|${r}`;
      assert.ok(!expect.has(key), `duplicate row for ${key}`);
      expect.set(key, row);
    }
  }
  return expect;
}

const sessions = {};
export async function sessionFor(role) {
  sessions[role] ??= await login(ROLE_LOGIN[role]);
  return sessions[role];
}

// Shared fixtures, built once by the administrators.
let fx;
export async function fixtures() {
  if (fx) return fx;
  const admin = await login('admin');
  const police = await login('admin.ca');
  const mk = async (s, unitCode, role) => {
    const unit = await unitId(s, unitCode);
    const r = await request('POST', '/api/v1/users', {
      session: s, body: { login: uniqueLogin('m'), full_name: 'Người Kiểm Thử', unit_id: unit, roles: [role], password: 'Mat-khau-ma-tran' },
    });
    assert.equal(r.status, 201, r.text);
    return r.json.user;
  };
  // A user of a unit that the Department succeeded: a new office merged (wholly) into the
  // Department on 2026-06-01, after its user was created (users are created only at units alive
  // today).
  const predecessorUser = async () => {
    const code = `MTP-${Date.now().toString(36)}`;
    const sgd = await unitId(admin, 'SGDDT-HP');
    const u = await request('POST', '/api/v1/units', { session: admin, body: { code, name: 'Phòng sáp nhập thử', type: 'SO_PHONG', parent_id: sgd, valid_from: '2026-01-01' } });
    assert.equal(u.status, 201, u.text);
    const user = await mk(admin, code, 'department');
    const m = await request('POST', '/api/v1/unit-events', { session: admin, body: { kind: 'dissolve', date: '2026-06-01', unit_ids: [u.json.unit.id], successor_ids: [sgd] } });
    assert.equal(m.status, 201, m.text);
    return user;
  };
  fx = {
    ownUser: await mk(admin, '03002', 'school_staff'),
    foreignUser: await mk(police, 'CA-X11311', 'commune_police'),
    predecessorUser: await predecessorUser(),
    hpSchool: await unitId(admin, '03002'),
    hdDepartment: await unitId(admin, 'SGDDT-HD'),
    policeUnit: await unitId(admin, 'CAHP'),
    policeSection: await unitId(admin, 'CAHP-CSGT'),
    ownService: (await request('POST', '/api/v1/service-accounts', { session: admin, body: { login: uniqueLogin('svc.truong'), full_name: 'Hệ thống của trường', unit_id: await unitId(admin, '03002'), roles: ['school_staff'] } })).json.user.id,
    foreignService: (await request('POST', '/api/v1/service-accounts', { session: police, body: { login: uniqueLogin('svc.csgt'), full_name: 'Hệ thống CSGT', unit_id: await unitId(admin, 'CAHP-CSGT'), roles: ['traffic_police'] } })).json.user.id,
    eduUnit: await unitId(admin, 'SGDDT-HP'),
  };
  return fx;
}

export const ok = (r) => r.status >= 200 && r.status < 300;
export const denied = (r, field) => r.status === 403 || r.status === 404 || (r.status === 422 && field && r.json.error.fields?.[field]);
export function verdict(r, field) {
  if (ok(r)) return 'allow';
  if (denied(r, field)) return 'deny';
  return `unexpected ${r.status} ${r.text.slice(0, 200)}`;
}

// Each operation: a function (role, kind) -> 'allow' | 'deny' measured over HTTP.

export const PDF = Buffer.from('%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n');
export async function uploadTo(path, session, bytes = PDF) {
  return request('POST', path, { session, raw: bytes, headers: { 'content-type': 'application/octet-stream' } });
}
// The user's own unit, or a unit of the other side (police vs education) they cannot see.
export async function unitFor(s, kind) {
  const f = await fixtures();
  return kind === 'own' ? s.user.unit_id : (s.user.unit_id === f.policeUnit ? f.eduUnit : f.policeUnit);
}
// own: a file the user attached to their own unit; foreign: a file on a unit they cannot see.
export async function fileFor(s, kind) {
  const f = await fixtures();
  if (kind === 'own') {
    const r = await uploadTo(`/api/v1/units/${s.user.unit_id}/files?name=rieng.pdf`, s);
    assert.equal(r.status, 201, r.text);
    return r.json.file;
  }
  const police = await login('admin.ca');
  const edu = await sessionFor('admin');
  const other = s.user.unit_id === f.policeUnit || police.user.unit_id === s.user.unit_id ? edu : police;
  const unit = other === edu ? f.hpSchool : f.policeUnit;
  const r = await uploadTo(`/api/v1/units/${unit}/files?name=cua-don-vi-khac.pdf`, other);
  assert.equal(r.status, 201, r.text);
  return r.json.file;
}
// A users import job of the user's that failed (its file has an error), made once per user.
const failedJobs = {};
export async function failedJobOf(s) {
  if (failedJobs[s.user.id]) return failedJobs[s.user.id];
  const owner = (s.user.roles.includes('admin') || s.user.roles.includes('system_admin')) ? s : await sessionFor('admin');
  const up = await uploadTo('/api/v1/uploads?name=loi.csv', owner, Buffer.from('Mã đơn vị,Họ tên,Email,Vai trò\nKHONG-CO,Người Lỗi,loi@example.edu.vn,school_staff\n'));
  assert.equal(up.status, 201, up.text);
  const j = await request('POST', '/api/v1/jobs', { session: owner, body: { kind: 'users_import', file_id: up.json.file.id } });
  assert.equal(j.status, 201, j.text);
  const done = await waitJob(owner, j.json.job.id);
  assert.equal(done.status, 'failed');
  failedJobs[owner.user.id] = done;
  return done;
}
let second;
export async function otherAdmin() {
  if (second) return second;
  const admin = await sessionFor('admin');
  const system = await login('quantri.hethong');  // an administrator of one's own unit
  const name = uniqueLogin('qt');
  const r = await request('POST', '/api/v1/users', { session: system, body: { login: name, full_name: 'Quản Trị Hai', unit_id: admin.user.unit_id, roles: ['admin'], password: 'Mat-khau-quan-tri-2' } });
  assert.equal(r.status, 201, r.text);
  let s = await login(name, 'Mat-khau-quan-tri-2');
  const c = await request('POST', '/api/v1/session/password', { session: s, body: { current_password: 'Mat-khau-quan-tri-2', new_password: 'Mat-khau-quan-tri-3' } });
  assert.equal(c.status, 200, c.text);
  second = await login(name, 'Mat-khau-quan-tri-3');
  return second;
}
export async function waitJob(s, id) {
  for (let i = 0; i < 200; i++) {
    const r = await request('GET', `/api/v1/jobs/${id}`, { session: s });
    if (r.json.job.status === 'done' || r.json.job.status === 'failed') return r.json.job;
    await new Promise((res) => setTimeout(res, 100));
  }
  throw new Error(`job ${id} did not finish`);
}

export const ENROL_OWN = { admin: '03002', system_admin: '03002', department: '03002', edu_office: 'S-11305-THCS', school_manager: '03002', school_staff: '03002' };
export const ENROL_FOREIGN = { edu_office: '03002', school_manager: 'S-11305-THCS', school_staff: 'S-11305-THCS', traffic_police: '03002', commune_police: '03002', observer: '03002' };
let enrolled;
export async function enrolmentFixture() {
  enrolled ??= request('POST', '/api/v1/enrolments/import', {
    session: await sessionFor('admin'),
    body: { csv: 'unit_code,school_year,level,students\n03002,2025-2026,upper_secondary,1200\nS-11305-THCS,2025-2026,lower_secondary,640\n' },
  }).then((r) => assert.equal(r.status, 200, r.text));
  return enrolled;
}

