// Access probes: Students and rosters, commitments, parking operators (school-internal data).
// "own" is the user's own unit (a school, its office or the Department, whose subtree holds a demo
// roster); "foreign" a unit outside it (another school, or a police unit for the Department).
import { fixtures, login, ok, request, sessionFor, unitId, verdict } from './fixtures.mjs';

const YEAR = '2025-2026';
const OWN_CODE = { admin: 'SGDDT-HP', department: 'SGDDT-HP', edu_office: 'VHXH-11311', school_manager: '03002', school_staff: '03002' };
const FOREIGN_CODE = { admin: 'CAHP', department: 'CAHP', edu_office: '03002', school_manager: '03007', school_staff: '03007' };
// The school whose roster an importer or a recorder acts on.
const OWN_SCHOOL = { department: '03002', edu_office: 'S-11305-THCS', school_manager: '03002', school_staff: '03002' };

let dept;
async function deptSession() {
  dept ??= await login('so.gddt');
  return dept;
}
const ids = {};
async function unit(code) {
  ids[code] ??= await unitId(await deptSession(), code);
  return ids[code];
}
const ownUnit = (role) => unit(OWN_CODE[role] ?? '03002');
const foreignUnit = (role) => unit(FOREIGN_CODE[role] ?? '03007');
const schoolOf = (role, kind) => unit(kind === 'own' ? (OWN_SCHOOL[role] ?? '03002') : (FOREIGN_CODE[role] === 'CAHP' ? 'CAHP' : FOREIGN_CODE[role] ?? '03007'));

// A student whose every school year is at `code` (so that "foreign" is not a student who moved).
const studentAt = {};
async function studentOnlyAt(code) {
  if (studentAt[code]) return studentAt[code];
  const s = await deptSession();
  const r = await request('GET', `/api/v1/students?school_year=${YEAR}&unit_id=${await unit(code)}&limit=30`, { session: s });
  for (const st of r.json.students) {
    const d = await request('GET', `/api/v1/students/${st.id}`, { session: s });
    if (d.json.student.years.every((y) => y.school_code === code)) return (studentAt[code] = st.id);
  }
  throw new Error(`no student only at ${code}`);
}

async function uploadCsv(session, text) {
  return request('POST', `/api/v1/uploads?name=${encodeURIComponent('ds-hoc-sinh.csv')}`, {
    session, raw: Buffer.from(text), headers: { 'content-type': 'text/csv' },
  });
}

async function importProbe(role, kind, path, year) {
  const s = await sessionFor(role);
  const up = await uploadCsv(s, 'Họ và tên,Ngày sinh\nNguyễn Văn Thử,05/03/2009\n');
  if (!ok(up)) return verdict(up);
  return verdict(await request('POST', path, {
    session: s, body: { file_id: up.json.file.id, unit_id: await schoolOf(role, kind), school_year: year },
  }));
}

// A commitments file naming a student on the roster of the role's school for YEAR (the preview
// must find them), or nobody (the import job then fails on its row and writes nothing).
let rosterStudent;
async function commitmentsProbe(role, kind, path, realStudent) {
  const s = await sessionFor(role);
  let line = 'Người Không Có,01/01/2010,Đã ký';
  if (realStudent) {
    rosterStudent ??= (await request('GET', `/api/v1/students?school_year=${YEAR}&unit_id=${await unit('03002')}&limit=1`, { session: await deptSession() })).json.students[0];
    const [y, m, d] = rosterStudent.birth_date.split('-');
    line = `${rosterStudent.full_name},${d}/${m}/${y},Chưa ký`;
  }
  const up = await request('POST', `/api/v1/uploads?name=${encodeURIComponent('cam-ket.csv')}`, {
    session: s, raw: Buffer.from(`Họ và tên,Ngày sinh,Cam kết của học sinh\n${line}\n`), headers: { 'content-type': 'text/csv' },
  });
  if (!ok(up)) return verdict(up);
  return verdict(await request('POST', path, {
    session: s, body: { file_id: up.json.file.id, unit_id: await schoolOf(role, kind), school_year: YEAR },
  }));
}

let parkingFx;
async function parkingFixture() {
  if (parkingFx) return parkingFx;
  const bgh = await login('bgh.hongbang');
  const other = await login('gv.ngoquyen');
  const own = await unit('03002');
  const foreign = await unit('03007');
  parkingFx = { bgh, other, own, foreign };
  return parkingFx;
}
async function operatorFor(kind) {
  const f = await parkingFixture();
  const [s, u] = kind === 'own' ? [f.bgh, f.own] : [f.other, f.foreign];
  const r = await request('POST', `/api/v1/units/${u}/parking-operators`, { session: s, body: { name: 'Bãi giữ xe thử', address: 'Số 1' } });
  if (r.status !== 201) throw new Error(r.text);
  return r.json.parking_operator.id;
}

export default {
  listStudents: async (role, kind) => {
    await fixtures();
    const u = kind === 'own' ? await ownUnit(role) : await foreignUnit(role);
    const r = await request('GET', `/api/v1/students?school_year=${YEAR}&unit_id=${u}&limit=5`, { session: await sessionFor(role) });
    if (!ok(r)) return verdict(r);
    return r.json.students.length > 0 ? 'allow' : 'deny';
  },
  getStudent: async (role, kind) => {
    const code = kind === 'own' ? (OWN_SCHOOL[role] ?? '03002') : (role === 'edu_office' ? '03002' : '03007');
    const id = await studentOnlyAt(code);
    return verdict(await request('GET', `/api/v1/students/${id}`, { session: await sessionFor(role) }));
  },
  previewStudentImport: (role, kind) => importProbe(role, kind, '/api/v1/students/import-preview', YEAR),
  // A school year nobody else reads: the job writes a one-line roster there.
  importStudents: (role, kind) => importProbe(role, kind, '/api/v1/students/import', '2021-2022'),
  recordCommitments: async (role, kind) => verdict(await request('PUT', '/api/v1/commitments', {
    session: await sessionFor(role), body: { school_year: YEAR, kind: 'student', unit_id: await schoolOf(role, kind), entries: [] },
  })),
  previewCommitmentImport: (role, kind) => commitmentsProbe(role, kind, '/api/v1/commitments/import-preview', true),
  importCommitments: (role, kind) => commitmentsProbe(role, kind, '/api/v1/commitments/import', false),
  getCommitmentCoverage: async (role, kind) => {
    const u = kind === 'own' ? await ownUnit(role) : await foreignUnit(role);
    return verdict(await request('GET', `/api/v1/commitments/coverage?kind=parent&school_year=${YEAR}&unit_id=${u}`, { session: await sessionFor(role) }));
  },
  listUnsignedCommitments: async (role, kind) => {
    const u = kind === 'own' ? await ownUnit(role) : await foreignUnit(role);
    return verdict(await request('GET', `/api/v1/commitments/unsigned?kind=student&class_name=10A1&school_year=${YEAR}&unit_id=${u}`, { session: await sessionFor(role) }));
  },
  listParkingOperators: async (role, kind) => {
    const u = kind === 'own' ? await ownUnit(role) : await foreignUnit(role);
    return verdict(await request('GET', `/api/v1/units/${u}/parking-operators`, { session: await sessionFor(role) }));
  },
  createParkingOperator: async (role, kind) => {
    const r = await request('POST', `/api/v1/units/${await schoolOf(role, kind)}/parking-operators`, {
      session: await sessionFor(role), body: { name: 'Điểm giữ xe kiểm thử', address: 'Ngõ 2' },
    });
    return verdict(r);
  },
  updateParkingOperator: async (role, kind) => {
    const id = await operatorFor(kind);
    return verdict(await request('PATCH', `/api/v1/parking-operators/${id}`, { session: await sessionFor(role), body: { signed_date: '2025-09-20' } }));
  },
  deleteParkingOperator: async (role, kind) => {
    const id = await operatorFor(kind);
    return verdict(await request('DELETE', `/api/v1/parking-operators/${id}`, { session: await sessionFor(role) }));
  },
};
