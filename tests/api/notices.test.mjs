// The violation loop over HTTP: a stored record goes through the matching engine; a clear match
// opens a notice to the student's school, an uncertain one waits in the review queue of the school
// (every candidate its own) where teachers read and the management or the Department decide; the
// school records measures (the principal's ones only by its management), a parent meeting, closes
// on time; a dispute sends the record back to review and tells the police; a withdrawal withdraws
// the notice; the police never read school-internal lists; every notice shown is in the view log.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { request, login } from './lib.mjs';

const today = () => new Date(Date.now() + 7 * 3600e3).toISOString().slice(0, 10);

async function rosterOf(session) {
  const r = await request('GET', '/api/v1/students?limit=1000', { session });
  assert.equal(r.status, 200, r.text);
  return r.json.students;
}

// A record of one rider at 07:10 on `date` (Decree 168 helmet point, a warning).
async function record(csgt, person, date = '2025-10-20') {
  const r = await request('POST', '/api/v1/violations', {
    session: csgt,
    body: {
      occurred_at: `${date}T07:10`, address: 'Cổng trường, đường Hùng Vương', officer_name: 'Thượng úy Lê Văn C',
      persons: [{ role: 'rider', sanction: 'warning', decree: 'ND168', code: '7.2.h', vehicle_kind: 'moped', ...person }],
    },
  });
  assert.equal(r.status, 201, r.text);
  return r.json.violations[0];
}

async function matchState(csgt, id) {
  const list = await request('GET', '/api/v1/violations?limit=500', { session: csgt });
  return list.json.violations.find((v) => v.id === id)?.match_state;
}

async function noticeOf(session, violationId) {
  const r = await request('GET', '/api/v1/notices?limit=500', { session });
  assert.equal(r.status, 200, r.text);
  return r.json.notices.find((n) => n.record.id === violationId);
}

test('a clear match opens a notice to the school; the school handles it and closes it on time', async () => {
  const csgt = await login('csgt');
  const bgh = await login('bgh.hongbang');
  const gv = await login('gv.hongbang');
  const students = await rosterOf(bgh);
  const s = students.find((x) => x.personal_id && x.birth_date > '2009-01-01' && x.birth_date < '2010-01-01');
  assert.ok(s, 'a student of 14–15 in 2025 on the roster');
  const v = await record(csgt, { full_name: s.full_name, birth_date: s.birth_date, personal_id: s.personal_id, school_stated: s.school_name });
  assert.equal(await matchState(csgt, v.id), 'auto');
  const n = await noticeOf(bgh, v.id);
  assert.ok(n, 'the school sees the notice');
  assert.equal(n.state, 'open');
  assert.equal(n.school_code, '03002');
  assert.equal(n.student.id, s.id);
  assert.ok(n.deadline_date > today(), n.deadline_date);
  // The Department and the commune office above a THPT? The Department reads it; the police never.
  const so = await login('so.gddt');
  assert.ok(await noticeOf(so, v.id));
  assert.equal((await request('GET', '/api/v1/notices', { session: csgt })).status, 403);
  assert.equal((await request('GET', `/api/v1/notices/${n.id}`, { session: csgt })).status, 403);
  assert.equal((await request('GET', `/api/v1/notices/${n.id}`, { session: await login('gv.ngoquyen') })).status, 404);
  // Guardians' phones only to the student's own school.
  const mine = await request('GET', `/api/v1/notices/${n.id}`, { session: bgh });
  assert.equal(mine.status, 200, mine.text);
  assert.ok(mine.json.notice.guardians.length > 0);
  assert.ok(mine.json.notice.guardians.every((g) => typeof g.phone === 'string'));
  const theirs = await request('GET', `/api/v1/notices/${n.id}`, { session: so });
  assert.ok(theirs.json.notice.guardians.every((g) => !('phone' in g)));
  assert.equal(theirs.json.notice.can_act, false);
  // Measures in force on 20/10/2025 (before Circular 19/2025) for a THPT.
  const codes = mine.json.notice.measures.map((m) => m.code);
  assert.ok(codes.includes('KHIEN_TRACH_LOP') && !codes.includes('PHE_BINH') && !codes.includes('XIN_LOI'), codes.join());
  // Closing needs a measure or a parent meeting first.
  const early = await request('POST', `/api/v1/notices/${n.id}/close`, { session: bgh, body: { summary: 'Đã nhắc nhở' } });
  assert.equal(early.status, 422, early.text);
  // A principal's measure by a teacher: refused with the reason.
  const teacher = await request('POST', `/api/v1/notices/${n.id}/actions`, { session: gv, body: { kind: 'measure', measure_code: 'KHIEN_TRACH_TRUONG', action_date: today() } });
  assert.equal(teacher.status, 422, teacher.text);
  assert.match(teacher.json.error.fields.measure_code, /hiệu trưởng/);
  const wrongDate = await request('POST', `/api/v1/notices/${n.id}/actions`, { session: gv, body: { kind: 'parent_meeting', note: 'Gặp mẹ', action_date: '2025-10-01' } });
  assert.equal(wrongDate.status, 422, wrongDate.text);
  for (const body of [
    { kind: 'measure', measure_code: 'KHIEN_TRACH_LOP', action_date: today(), note: 'Khiển trách trước lớp' },
    { kind: 'parent_meeting', action_date: today(), note: 'Làm việc với mẹ học sinh tại trường' },
    { kind: 'conduct_note', action_date: today(), note: 'Xem xét khi xếp loại rèn luyện học kỳ I' },
  ]) {
    const a = await request('POST', `/api/v1/notices/${n.id}/actions`, { session: gv, body });
    assert.equal(a.status, 201, a.text);
  }
  const ev = await request('POST', `/api/v1/notices/${n.id}/evidence?name=bien-ban-lam-viec.pdf`, { session: bgh, raw: '%PDF-1.4 biên bản', headers: { 'content-type': 'application/pdf' } });
  assert.equal(ev.status, 201, ev.text);
  const letter = await request('GET', `/api/v1/notices/${n.id}/letter`, { session: bgh });
  assert.equal(letter.status, 200);
  assert.match(letter.headers.get('content-type'), /application\/pdf/);
  const closed = await request('POST', `/api/v1/notices/${n.id}/close`, { session: bgh, body: { summary: 'Đã giáo dục học sinh, gia đình cam kết' } });
  assert.equal(closed.status, 200, closed.text);
  assert.equal(closed.json.on_time, true);
  const after = await request('POST', `/api/v1/notices/${n.id}/actions`, { session: gv, body: { kind: 'note', note: 'x', action_date: today() } });
  assert.equal(after.status, 409, after.text);
  const dispute = await request('POST', `/api/v1/notices/${n.id}/dispute`, { session: bgh, body: { reason: 'Không phải học sinh' } });
  assert.equal(dispute.status, 409, dispute.text);
  const detail = await request('GET', `/api/v1/notices/${n.id}`, { session: bgh });
  assert.deepEqual(detail.json.notice.actions.map((a) => a.kind).sort(), ['conduct_note', 'evidence', 'measure', 'parent_meeting']);
  assert.equal(detail.json.notice.state, 'closed');
  // Every display was logged.
  const views = await request('GET', `/api/v1/violations/${v.id}/views`, { session: await login('admin.ca') });
  const contexts = views.json.views.map((x) => `${x.login}:${x.context}`);
  for (const c of ['bgh.hongbang:notice_list', 'so.gddt:notice_list', 'bgh.hongbang:notice_detail', 'so.gddt:notice_detail', 'bgh.hongbang:letter'])
    assert.ok(contexts.includes(c), `${c} in ${contexts.join()}`);
});

const fold = (name) => name.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').toUpperCase();

// Every student of every demo school year, as the Department lists them.
async function allStudents(so) {
  const out = [];
  for (const year of ['2022-2023', '2023-2024', '2024-2025', '2025-2026', '2026-2027']) {
    const r = await request('GET', `/api/v1/students?school_year=${year}&limit=1000`, { session: so });
    assert.equal(r.status, 200, r.text);
    out.push(...r.json.students);
  }
  return out;
}

test('an uncertain match waits in the school queue; teachers read, the management confirms', async () => {
  const csgt = await login('csgt');
  const bgh = await login('bgh.hongbang');
  const gv = await login('gv.hongbang');
  const so = await login('so.gddt');
  const everyone = await allStudents(so);
  const given = (x) => fold(x.full_name).split(' ').pop();
  // A student no other student shares the given name and birth year with: the only candidate.
  const students = await rosterOf(bgh);
  const year = (x) => x.birth_date.slice(0, 4);
  const s = students.find((x) => year(x) >= '2008' && year(x) <= '2010' &&
    everyone.every((y) => y.id === x.id || given(y) !== given(x) || year(y) !== year(x)));
  assert.ok(s, 'a student with a given name of their own');
  // Typed without marks and without the middle name, birth year only, no school, no id: the
  // engine is not sure.
  const words = fold(s.full_name).split(' ');
  const v = await record(csgt, { full_name: `${words[0]} ${words.at(-1)}`, birth_year: Number(year(s)) }, '2025-11-03');
  const state = await matchState(csgt, v.id);
  assert.equal(state, 'review', `got ${state}`);
  const q = await request('GET', '/api/v1/match-queue?limit=200', { session: gv });
  assert.equal(q.status, 200, q.text);
  assert.equal(q.json.can_decide, false);
  const item = q.json.items.find((i) => i.violation_id === v.id);
  assert.ok(item, 'the school queue holds the item');
  assert.ok(item.candidates.some((c) => c.student.id === s.id));
  assert.ok(item.candidates.every((c) => c.school.code === '03002'));
  assert.ok(item.candidates[0].reasons.length > 0);
  assert.equal((await request('POST', `/api/v1/match-queue/${v.id}/confirm`, { session: gv, body: { student_id: s.id } })).status, 403);
  assert.equal((await request('GET', '/api/v1/match-queue', { session: csgt })).status, 403);
  // Another school does not see it.
  const other = await request('GET', '/api/v1/match-queue?limit=200', { session: await login('gv.ngoquyen') });
  assert.ok(!other.json.items.some((i) => i.violation_id === v.id));
  const wrong = await request('POST', `/api/v1/match-queue/${v.id}/confirm`, { session: bgh, body: { student_id: 999999 } });
  assert.equal(wrong.status, 422, wrong.text);
  const ok = await request('POST', `/api/v1/match-queue/${v.id}/confirm`, { session: bgh, body: { student_id: s.id } });
  assert.equal(ok.status, 200, ok.text);
  assert.equal(ok.json.school.code, '03002');
  assert.equal(await matchState(csgt, v.id), 'confirmed');
  const again = await request('POST', `/api/v1/match-queue/${v.id}/reject`, { session: bgh, body: { reason: 'x' } });
  assert.equal(again.status, 409, again.text);
  const n = await noticeOf(bgh, v.id);
  assert.equal(n.student.id, s.id);
  // The school disputes: back to review without that student; the police are told.
  const d = await request('POST', `/api/v1/notices/${n.id}/dispute`, { session: bgh, body: { reason: 'Em này hôm đó nghỉ ốm ở nhà, có xác nhận của gia đình' } });
  assert.equal(d.status, 200, d.text);
  assert.equal(d.json.state, 'disputed');
  assert.equal(await matchState(csgt, v.id), 'review');
  const q2 = await request('GET', '/api/v1/match-queue?limit=200', { session: await login('so.gddt') });
  const back = q2.json.items.find((i) => i.violation_id === v.id);
  assert.ok(back, 'the Department sees it back in review');
  assert.ok(!back.candidates.some((c) => c.student.id === s.id), 'the disputed student is not proposed again');
  const told = await request('GET', '/api/v1/notifications?limit=50', { session: csgt });
  assert.ok(told.json.notifications.some((x) => /không phải học sinh/.test(x.title)), told.text);
  // A rejection ends it.
  const rej = await request('POST', `/api/v1/match-queue/${v.id}/reject`, { session: await login('so.gddt'), body: { reason: 'Không xác định được học sinh' } });
  assert.equal(rej.status, 200, rej.text);
  assert.equal(await matchState(csgt, v.id), 'rejected');
});

test('candidates at several schools go to their common supervising unit, not to a school', async () => {
  const csgt = await login('csgt');
  const so = await login('so.gddt');
  const everyone = await allStudents(so);
  // Two students of different schools with the same folded full name and birth year.
  let pair;
  for (const a of everyone)
    for (const b of everyone)
      if (!pair && a.id !== b.id && a.school_code !== b.school_code && fold(a.full_name).split(' ').pop() === fold(b.full_name).split(' ').pop() &&
          a.birth_date.slice(0, 4) === b.birth_date.slice(0, 4)) pair = [a, b];
  assert.ok(pair, 'namesakes at two schools in the demo rosters');
  const [a] = pair;
  const v = await record(csgt, { full_name: fold(a.full_name), birth_year: Number(a.birth_date.slice(0, 4)) }, '2025-11-04');
  assert.equal(await matchState(csgt, v.id), 'review');
  const q = await request('GET', '/api/v1/match-queue?limit=200', { session: so });
  const item = q.json.items.find((i) => i.violation_id === v.id);
  assert.ok(item);
  assert.ok(new Set(item.candidates.map((c) => c.school.code)).size > 1, JSON.stringify(item.candidates.map((c) => c.school.code)));
  assert.equal(item.review_unit.code, 'SGDDT-HP');
  for (const who of ['bgh.hongbang', 'gv.ngoquyen', 'bgh.thuongly']) {
    const r = await request('GET', '/api/v1/match-queue?limit=200', { session: await login(who) });
    assert.ok(!r.json.items.some((i) => i.violation_id === v.id), `${who} must not see it`);
  }
});

test('a withdrawal by the police withdraws the notice it opened', async () => {
  const csgt = await login('csgt');
  const bgh = await login('bgh.hongbang');
  const s = (await rosterOf(bgh)).find((x) => x.personal_id && x.birth_date > '2009-01-01' && x.birth_date < '2009-09-01');
  const v = await record(csgt, { full_name: s.full_name, birth_date: s.birth_date, personal_id: s.personal_id, school_stated: s.school_name }, '2025-11-10');
  const n = await noticeOf(bgh, v.id);
  assert.equal(n.state, 'open');
  const w = await request('POST', `/api/v1/violations/${v.id}/withdraw`, { session: csgt, body: { reason: 'Ghi nhầm người' } });
  assert.equal(w.status, 200, w.text);
  assert.equal(await matchState(csgt, v.id), 'withdrawn');
  const gone = await request('GET', `/api/v1/notices/${n.id}`, { session: bgh });
  assert.equal(gone.json.notice.state, 'withdrawn');
  const act = await request('POST', `/api/v1/notices/${n.id}/actions`, { session: bgh, body: { kind: 'note', note: 'x', action_date: today() } });
  assert.equal(act.status, 409, act.text);
});

test('notices and the queue refuse bad input with a clear error', async () => {
  const bgh = await login('bgh.hongbang');
  for (const q of ['state=lost', 'limit=0', 'before=abc']) {
    const r = await request('GET', `/api/v1/notices?${q}`, { session: bgh });
    assert.equal(r.status >= 400 && r.status < 500, true, `${q}: ${r.status}`);
  }
  assert.equal((await request('GET', '/api/v1/notices/999999', { session: bgh })).status, 404);
  assert.equal((await request('POST', '/api/v1/notices/999999/close', { session: bgh, body: { summary: 'x' } })).status, 404);
  assert.equal((await request('POST', '/api/v1/match-queue/999999/confirm', { session: bgh, body: { student_id: 1 } })).status, 404);
  assert.equal((await request('POST', '/api/v1/notices/1/actions', { session: bgh, body: {} })).status >= 400, true);
});
