// The access matrix over HTTP: every operation x every role x own / foreign / predecessor /
// participant data, against the hand-written expectations in access_matrix.csv.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { request, login, unitId, openapi, uniqueLogin, DEMO_PASSWORD } from './lib.mjs';

const ROLE_LOGIN = {
  admin: 'admin', department: 'so.gddt', edu_office: 'vhxh.hongbang', school_manager: 'bgh.hongbang',
  school_staff: 'gv.hongbang', traffic_police: 'csgt', commune_police: 'ca.hongbang', observer: 'theodoi',
  system_admin: 'quantri.hethong',
};
const ROLES = Object.keys(ROLE_LOGIN);
const POLICE_ROLES = new Set(['traffic_police', 'commune_police']);
const CASES = ['own', 'foreign', 'predecessor', 'participant'];

function readMatrix() {
  const text = readFileSync(new URL('./access_matrix.csv', import.meta.url), 'utf8');
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
async function sessionFor(role) {
  sessions[role] ??= await login(ROLE_LOGIN[role]);
  return sessions[role];
}

// Shared fixtures, built once by the administrators.
let fx;
async function fixtures() {
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

const ok = (r) => r.status >= 200 && r.status < 300;
const denied = (r, field) => r.status === 403 || r.status === 404 || (r.status === 422 && field && r.json.error.fields?.[field]);
function verdict(r, field) {
  if (ok(r)) return 'allow';
  if (denied(r, field)) return 'deny';
  return `unexpected ${r.status} ${r.text.slice(0, 200)}`;
}

// Each operation: a function (role, kind) -> 'allow' | 'deny' measured over HTTP.
const PROBES = {
  getOpenApi: async () => verdict(await request('GET', '/api/v1/openapi.json')),
  createSession: async (role) => verdict(await request('POST', '/api/v1/session', { body: { login: ROLE_LOGIN[role], password: DEMO_PASSWORD } })),
  getSession: async (role) => verdict(await request('GET', '/api/v1/session', { session: await sessionFor(role) })),
  deleteSession: async (role) => verdict(await request('DELETE', '/api/v1/session', { session: await login(ROLE_LOGIN[role]) })),
  changePassword: async (role) => {
    // A wrong current password is a 422 on current_password: the route itself is allowed.
    const r = await request('POST', '/api/v1/session/password', { session: await sessionFor(role), body: { current_password: 'sai-mat-khau', new_password: 'Mot-mat-khau-moi-dai' } });
    return r.status === 422 && r.json.error.fields.current_password ? 'allow' : verdict(r);
  },
  getHome: async (role) => verdict(await request('GET', '/api/v1/home', { session: await sessionFor(role) })),
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
  listUnitTypes: async (role) => verdict(await request('GET', '/api/v1/unit-types', { session: await sessionFor(role) })),
  getUnitTree: async (role) => verdict(await request('GET', '/api/v1/units/tree?date=2024-12-31', { session: await sessionFor(role) })),
  searchUnits: async (role) => verdict(await request('GET', '/api/v1/units/search?q=hai%20phong', { session: await sessionFor(role) })),
  ...Object.fromEntries(['getUnit', 'getUnitHistory', 'getUnitSuccessors', 'getUnitDescendants'].map((op) => [op, async (role, kind) => {
    const s = await sessionFor(role);
    const f = await fixtures();
    const id = kind === 'own' ? s.user.unit_id : kind === 'foreign' ? (s.user.unit_id === f.policeUnit ? f.eduUnit : f.policeUnit) : f.hdDepartment;
    const suffix = { getUnit: '', getUnitHistory: '/history', getUnitSuccessors: '/successors', getUnitDescendants: '/descendants?from=2024-01-01&to=2025-12-31' }[op];
    return verdict(await request('GET', `/api/v1/units/${id}${suffix}`, { session: s }));
  }])),
  listRoles: async (role) => verdict(await request('GET', '/api/v1/roles', { session: await sessionFor(role) })),
  createServiceAccount: async (role, kind) => {
    const f = await fixtures();
    const [unit, roles] = kind === 'own' ? [f.hpSchool, ['school_staff']] : [f.policeSection, ['traffic_police']];
    return verdict(await request('POST', '/api/v1/service-accounts', { session: await sessionFor(role), body: { login: uniqueLogin('svc'), full_name: 'Hệ thống thử', unit_id: unit, roles } }));
  },
  createServiceToken: async (role, kind) => {
    const f = await fixtures();
    const account = kind === 'own' ? f.ownService : f.foreignService;
    return verdict(await request('POST', `/api/v1/service-accounts/${account}/tokens`, { session: await sessionFor(role), body: { name: 'hệ thống', scopes: ['getUnit'] } }));
  },
  getRetentionSettings: async (role) => verdict(await request('GET', '/api/v1/settings/retention', { session: await sessionFor(role) })),
  putRetentionSettings: async (role) => verdict(await request('PUT', '/api/v1/settings/retention', { session: await sessionFor(role), body: { personal_data_days: 1095 } })),
  // Registry writes on the user's side ("own") and on the other side ("foreign").
  createUnit: async (role, kind) => {
    const f = await fixtures();
    const police = POLICE_ROLES.has(role);
    const parent = (kind === 'own') === !police ? f.eduUnit : f.policeUnit;
    const type = parent === f.eduUnit ? 'MN' : 'CA_DOI';
    return verdict(await request('POST', '/api/v1/units', {
      session: await sessionFor(role), body: { code: `MT-${role}-${kind}-${Date.now()}`, name: 'Đơn vị ma trận', type, parent_id: parent, valid_from: '2026-01-01' },
    }));
  },
  previewUnitEvent: async (role, kind) => {
    const f = await fixtures();
    const target = kind === 'own' ? f.hpSchool : f.policeSection;
    return verdict(await request('POST', '/api/v1/unit-events/preview', { session: await sessionFor(role), body: { kind: 'rename', date: '2026-10-01', unit_ids: [target], name: 'Tên xem trước' } }));
  },
  applyUnitEvent: async (role, kind) => {
    const s = await sessionFor(role);
    const f = await fixtures();
    const admin = await sessionFor('admin');
    let target = f.policeSection;
    if (kind === 'own') {
      const u = await request('POST', '/api/v1/units', { session: admin, body: { code: `MTE-${role}-${Date.now()}`, name: 'Đơn vị đổi tên', type: 'MN', parent_id: f.eduUnit, valid_from: '2026-01-01' } });
      target = u.json.unit.id;
    }
    return verdict(await request('POST', '/api/v1/unit-events', { session: s, body: { kind: 'rename', date: '2026-10-01', unit_ids: [target], name: `Tên mới ${role}` } }));
  },
  importRegistry: async (role, kind) => {
    const row = kind === 'own' ? `MTI-${role},Trường mầm non nhập thử,MN,SGDDT-HP,2026-01-01` : `MTI-${role}-x,Đội nhập thử,CA_DOI,CAHP,2026-01-01`;
    const police = POLICE_ROLES.has(role);
    const csv = `code,name,type,parent_code,valid_from\n${police && kind === 'own' ? `MTI-${role},Đội nhập thử,CA_DOI,CAHP,2026-01-01` : police ? `MTI-${role}-x,Trường nhập thử,MN,SGDDT-HP,2026-01-01` : row}\n`;
    return verdict(await request('POST', '/api/v1/registry/import', { session: await sessionFor(role), body: { kind: 'units', dry_run: true, csv } }));
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
  listAudit: async (role, kind) => {
    const s = await sessionFor(role);
    const f = await fixtures();
    const r = await request('GET', '/api/v1/audit?entity=user&limit=200', { session: s });
    if (!ok(r)) return verdict(r);
    // own: the creation of a user in the admin's scope; foreign: one created by the police admin.
    const target = kind === 'own' ? f.ownUser : f.foreignUser;
    return r.json.entries.some((e) => e.entity_id === String(target.id) && e.action === 'create') ? 'allow' : 'deny';
  },
  // The calendar: reads for everyone; writes (on far-future days, harmless) for admin and Department.
  listSchoolYears: async (role) => verdict(await request('GET', '/api/v1/calendar/school-years', { session: await sessionFor(role) })),
  putSchoolYear: async (role) => verdict(await request('PUT', '/api/v1/calendar/school-years/2090-2091', {
    session: await sessionFor(role), body: { teaching_from: '2090-09-05', teaching_to: '2091-05-31', semester2_from: '2091-01-15', note: 'ma trận' },
  })),
  listHolidays: async (role) => verdict(await request('GET', '/api/v1/calendar/holidays?year=2026', { session: await sessionFor(role) })),
  putHoliday: async (role) => verdict(await request('PUT', '/api/v1/calendar/holidays/2090-01-02', { session: await sessionFor(role), body: { kind: 'holiday', name: 'Ngày nghỉ ma trận' } })),
  deleteHoliday: async (role) => {
    const made = await request('PUT', '/api/v1/calendar/holidays/2090-01-03', { session: await sessionFor('admin'), body: { kind: 'day_off', name: 'Để xóa' } });
    assert.equal(made.status, 200, made.text);
    return verdict(await request('DELETE', '/api/v1/calendar/holidays/2090-01-03', { session: await sessionFor(role) }));
  },
  getCalendarPeriods: async (role) => verdict(await request('GET', '/api/v1/calendar/periods?date=2025-09-10', { session: await sessionFor(role) })),
  getDeadline: async (role) => verdict(await request('GET', '/api/v1/calendar/deadline?from=2025-09-10&working_days=7', { session: await sessionFor(role) })),
  putCalendarSettings: async (role) => verdict(await request('PUT', '/api/v1/calendar/settings', { session: await sessionFor(role), body: { statistical_year_start: '12-15' } })),
  // Indicators and enrolment: own = a school in the user's subtree, foreign = one outside it.
  listIndicators: async (role) => verdict(await request('GET', '/api/v1/indicators', { session: await sessionFor(role) })),
  updateIndicator: async (role) => verdict(await request('PUT', `/api/v1/indicators/MT_${role.toUpperCase()}`, {
    session: await sessionFor(role), body: { name: 'Chỉ tiêu ma trận', unit: 'lượt', computation: { count: { source: 'tasks' } } },
  })),
  previewIndicator: async (role) => verdict(await request('POST', '/api/v1/indicators/preview', {
    session: await sessionFor(role), body: { school_year: '2025-2026', computation: { sum: { source: 'enrolment', field: 'students' } } },
  })),
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
  globalSearch: async (role, kind) => {
    // Units are for everyone (asserted in search.test.mjs); people only within the admin scope.
    const f = await fixtures();
    const target = { own: f.ownUser, foreign: f.foreignUser, predecessor: f.predecessorUser }[kind];
    const r = await request('GET', `/api/v1/search?q=${encodeURIComponent(target.login)}&limit=50`, { session: await sessionFor(role) });
    if (!ok(r)) return verdict(r);
    return r.json.people.some((u) => u.id === target.id) ? 'allow' : 'deny';
  },
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
  previewUsersImport: async (role) => {
    const s = await sessionFor(role);
    const up = await uploadTo('/api/v1/uploads?name=tai-khoan.csv', s, Buffer.from('Mã đơn vị,Họ tên,Email,Vai trò\n03002,Người Xem Trước,xem.truoc@example.edu.vn,school_staff\n'));
    if (!ok(up)) return verdict(up);
    return verdict(await request('POST', '/api/v1/users/import/preview', { session: s, body: { file_id: up.json.file.id } }));
  },
  listNotifications: async (role) => verdict(await request('GET', '/api/v1/notifications', { session: await sessionFor(role) })),
  countUnreadNotifications: async (role) => verdict(await request('GET', '/api/v1/notifications/unread-count', { session: await sessionFor(role) })),
  readNotification: async (role, kind) => {
    const s = await sessionFor(role);
    const admin = await sessionFor('admin');
    const job = await failedJobOf(admin);
    const list = await request('GET', '/api/v1/notifications', { session: admin });
    const n = list.json.notifications.find((x) => x.entity_id === String(job.id));
    assert.ok(n, 'no notification for the failed job');
    return verdict(await request('POST', `/api/v1/notifications/${n.id}/read`, { session: s }));
  },
  readAllNotifications: async (role) => verdict(await request('POST', '/api/v1/notifications/read-all', { session: await sessionFor(role) })),
  getNotificationPrefs: async (role) => verdict(await request('GET', '/api/v1/notification-prefs', { session: await sessionFor(role) })),
  setNotificationPrefs: async (role) => verdict(await request('PUT', '/api/v1/notification-prefs', { session: await sessionFor(role), body: { email_mode: 'immediate' } })),
  listNotificationTemplates: async (role) => verdict(await request('GET', '/api/v1/notification-templates', { session: await sessionFor(role) })),
  updateNotificationTemplate: async (role) => verdict(await request('PATCH', '/api/v1/notification-templates/job_done', { session: await sessionFor(role), body: { source: 'ATGT Học đường (mẫu ban đầu)' } })),
  listScheduledTasks: async (role) => verdict(await request('GET', '/api/v1/scheduler', { session: await sessionFor(role) })),
  listTaskRuns: async (role) => verdict(await request('GET', '/api/v1/scheduler/files.collect/runs', { session: await sessionFor(role) })),
  runTaskNow: async (role) => verdict(await request('POST', '/api/v1/scheduler/sessions.purge/run', { session: await sessionFor(role) })),
  listEmails: async (role) => verdict(await request('GET', '/api/v1/emails', { session: await sessionFor(role) })),
  requestPasswordReset: async (role) => verdict(await request('POST', '/api/v1/password-reset', { body: { login: ROLE_LOGIN[role] } })),
  confirmPasswordReset: async () => {
    // An unknown link is refused on its merits (422 reset_link_invalid): the route is public.
    const r = await request('POST', '/api/v1/password-reset/confirm', { body: { token: 'khong-co-lien-ket-nay', new_password: 'Mot-mat-khau-moi-dai' } });
    return r.status === 422 && r.json.error.code === 'reset_link_invalid' ? 'allow' : verdict(r);
  },
};

const PDF = Buffer.from('%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n');
async function uploadTo(path, session, bytes = PDF) {
  return request('POST', path, { session, raw: bytes, headers: { 'content-type': 'application/octet-stream' } });
}
// The user's own unit, or a unit of the other side (police vs education) they cannot see.
async function unitFor(s, kind) {
  const f = await fixtures();
  return kind === 'own' ? s.user.unit_id : (s.user.unit_id === f.policeUnit ? f.eduUnit : f.policeUnit);
}
// own: a file the user attached to their own unit; foreign: a file on a unit they cannot see.
async function fileFor(s, kind) {
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
async function failedJobOf(s) {
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
async function otherAdmin() {
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
async function waitJob(s, id) {
  for (let i = 0; i < 200; i++) {
    const r = await request('GET', `/api/v1/jobs/${id}`, { session: s });
    if (r.json.job.status === 'done' || r.json.job.status === 'failed') return r.json.job;
    await new Promise((res) => setTimeout(res, 100));
  }
  throw new Error(`job ${id} did not finish`);
}

const ENROL_OWN = { admin: '03002', system_admin: '03002', department: '03002', edu_office: 'S-11305-THCS', school_manager: '03002', school_staff: '03002' };
const ENROL_FOREIGN = { edu_office: '03002', school_manager: 'S-11305-THCS', school_staff: 'S-11305-THCS', traffic_police: '03002', commune_police: '03002', observer: '03002' };
let enrolled;
async function enrolmentFixture() {
  enrolled ??= request('POST', '/api/v1/enrolments/import', {
    session: await sessionFor('admin'),
    body: { csv: 'unit_code,school_year,level,students\n03002,2025-2026,upper_secondary,1200\nS-11305-THCS,2025-2026,lower_secondary,640\n' },
  }).then((r) => assert.equal(r.status, 200, r.text));
  return enrolled;
}

test('every route has a row for every role in access_matrix.csv', async () => {
  const expect = readMatrix();
  const doc = await openapi();
  const ops = Object.values(doc.paths).flatMap((p) => Object.values(p).map((o) => o.operationId));
  for (const op of ops) {
    for (const role of ROLES) assert.ok(expect.has(`${op}|${role}`), `no access_matrix.csv row for ${op} / ${role}`);
    assert.ok(PROBES[op], `no probe for ${op}`);
  }
  const known = new Set(ops);
  for (const key of expect.keys()) assert.ok(known.has(key.split('|')[0]), `row for unknown operation ${key}`);
});

test('every operation x role x data kind matches the matrix', async () => {
  const expect = readMatrix();
  const failures = [];
  let checked = 0;
  for (const [key, row] of expect) {
    const [op, role] = key.split('|');
    for (const kind of CASES) {
      const want = row[kind];
      if (want === 'n/a') continue;
      const got = await PROBES[op](role, kind);
      checked++;
      if (got !== want) failures.push(`${op} ${role} ${kind}: expected ${want}, got ${got}`);
    }
  }
  assert.ok(checked > 250, `only ${checked} cells checked`);
  assert.deepEqual(failures, []);
});
