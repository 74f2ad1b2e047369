// Access probes: the review queue and the notices to schools. "own" is an object of the role's
// school (03002 for the school roles, THCS Thượng Lý under the commune office for edu_office,
// any school for the Department); "foreign" one of a school outside the role's scope. Every
// object is made fresh by csgt recording a student of the demo rosters.
import { assert, login, request, sessionFor, verdict } from './fixtures.mjs';

const OWN_SCHOOL = { edu_office: 'S-11305-THCS' };
const FOREIGN_SCHOOL = { edu_office: '03002', school_manager: '03007', school_staff: '03007' };
const schoolFor = (role, kind) => (kind === 'own' ? OWN_SCHOOL[role] ?? '03002' : FOREIGN_SCHOOL[role] ?? '03007');
const fold = (s) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').toUpperCase();

let everyone;
async function students() {
  if (everyone) return everyone;
  const so = await login('so.gddt');
  everyone = [];
  for (const year of ['2022-2023', '2023-2024', '2024-2025', '2025-2026', '2026-2027']) {
    const r = await request('GET', `/api/v1/students?school_year=${year}&limit=1000`, { session: so });
    assert.equal(r.status, 200, r.text);
    everyone.push(...r.json.students);
  }
  return everyone;
}

let n = 0;
async function record(person) {
  const day = String(1 + (n++ % 28)).padStart(2, '0');
  const r = await request('POST', '/api/v1/violations', {
    session: await login('csgt'),
    body: { occurred_at: `2025-12-${day}T17:20`, address: 'Điểm kiểm tra của ma trận quyền', persons: [{ role: 'rider', sanction: 'none', decree: 'ND168', code: '7.2.h', ...person }] },
  });
  assert.equal(r.status, 201, r.text);
  return r.json.violations[0].id;
}

// An open notice at the school `code`: a student recorded with every field (a clear match).
async function noticeAt(code) {
  const s = (await students()).find((x) => x.school_code === code && x.school_year === '2025-2026' && x.personal_id && x.birth_date < '2011-12-01');
  assert.ok(s, `a student at ${code}`);
  const id = await record({ full_name: s.full_name, birth_date: s.birth_date, personal_id: s.personal_id, school_stated: s.school_name });
  const list = await request('GET', `/api/v1/notices?student_id=${s.id}&limit=500`, { session: await login('so.gddt') });
  const notice = list.json.notices.find((x) => x.record.id === id);
  assert.ok(notice, `a notice for record ${id}`);
  return notice.id;
}

// A queue item whose only candidate is a student of `code` (their given name and birth year are
// nobody else's): reviewed at that school.
async function queueItemAt(code) {
  const all = await students();
  const given = (x) => fold(x.full_name).split(' ').pop();
  const year = (x) => x.birth_date.slice(0, 4);
  const alone = all.filter((x) => x.school_code === code && x.school_year === '2025-2026' && x.full_name.split(' ').length >= 3 &&
    all.every((y) => y.id === x.id || given(y) !== given(x) || year(y) !== year(x)));
  const so = await login('so.gddt');
  for (const s of alone.slice(0, 5)) {
    const words = fold(s.full_name).split(' ');
    const id = await record({ full_name: `${words[0]} ${words.at(-1)}`, birth_year: Number(year(s)) });
    for (let offset = 0; ; offset += 200) {
      const page = await request('GET', `/api/v1/match-queue?limit=200&offset=${offset}`, { session: so });
      assert.equal(page.status, 200, page.text);
      const item = page.json.items.find((i) => i.violation_id === id);
      if (item) {
        assert.equal(item.review_unit.code, code);
        return { id, student: s.id };
      }
      if (page.json.items.length < 200) break;
    }
  }
  assert.fail(`no record about a student of ${code} waits for review`);
}

const decide = (op) => async (role, kind) => {
  const item = await queueItemAt(schoolFor(role, kind));
  const body = op === 'confirm' ? { student_id: item.student } : { reason: 'Thử của ma trận quyền' };
  return verdict(await request('POST', `/api/v1/match-queue/${item.id}/${op}`, { session: await sessionFor(role), body }));
};

const onNotice = (path, body, raw) => async (role, kind) => {
  const id = await noticeAt(schoolFor(role, kind));
  const opts = raw ? { raw: Buffer.from('%PDF-1.4 minh chứng'), headers: { 'content-type': 'application/pdf' } } : { body };
  return verdict(await request('POST', `/api/v1/notices/${id}/${path}`, { session: await sessionFor(role), ...opts }));
};

const today = () => new Date(Date.now() + 7 * 3600e3).toISOString().slice(0, 10);

export default {
  // Each role's own view: police by place, everyone else by school.
  getViolationStats: async (role) => {
    const view = role === 'traffic_police' || role === 'commune_police' ? 'place' : 'school';
    return verdict(await request('GET', `/api/v1/violation-stats?view=${view}`, { session: await sessionFor(role) }));
  },
  listMatchQueue: async (role) => verdict(await request('GET', '/api/v1/match-queue?limit=5', { session: await sessionFor(role) })),
  confirmMatch: decide('confirm'),
  rejectMatch: decide('reject'),
  listNotices: async (role) => verdict(await request('GET', '/api/v1/notices?limit=5', { session: await sessionFor(role) })),
  getNotice: async (role, kind) => {
    const id = await noticeAt(schoolFor(role, kind));
    return verdict(await request('GET', `/api/v1/notices/${id}`, { session: await sessionFor(role) }));
  },
  getNoticeLetter: async (role, kind) => {
    const id = await noticeAt(schoolFor(role, kind));
    return verdict(await request('GET', `/api/v1/notices/${id}/letter`, { session: await sessionFor(role) }));
  },
  addNoticeAction: onNotice('actions', { kind: 'parent_meeting', action_date: today(), note: 'Làm việc với cha mẹ (thử)' }),
  uploadNoticeEvidence: onNotice('evidence?name=minh-chung.pdf', null, true),
  closeNotice: async (role, kind) => {
    const id = await noticeAt(schoolFor(role, kind));
    if (role === 'school_manager' || role === 'school_staff') {
      const s = await sessionFor(kind === 'own' ? role : 'school_manager');
      const own = kind === 'own' ? s : await login('gv.ngoquyen');
      const a = await request('POST', `/api/v1/notices/${id}/actions`, { session: own, body: { kind: 'parent_meeting', action_date: today(), note: 'Gặp cha mẹ' } });
      assert.equal(a.status, 201, a.text);
    }
    return verdict(await request('POST', `/api/v1/notices/${id}/close`, { session: await sessionFor(role), body: { summary: 'Đã xử lý (thử)' } }));
  },
  disputeNotice: onNotice('dispute', { reason: 'Không phải học sinh của trường (thử)' }),
};
