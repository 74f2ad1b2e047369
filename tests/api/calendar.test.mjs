// The calendar over HTTP: reference data loaded at start, periods of a date, deadlines in
// working days, edits by administrators and Department staff (audited), bad input.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { request, login } from './lib.mjs';

const get = async (s, path) => {
  const r = await request('GET', path, { session: s });
  assert.equal(r.status, 200, r.text);
  return r.json;
};

test('school years and holidays come from data/calendar at start', async () => {
  const s = await login('theodoi');
  const { school_years: years } = await get(s, '/api/v1/calendar/school-years');
  const codes = years.map((y) => y.code);
  for (const c of ['2023-2024', '2024-2025', '2025-2026', '2026-2027']) assert.ok(codes.includes(c), c);
  const y23 = years.find((y) => y.code === '2023-2024');
  assert.equal(y23.from, '2023-09-05');
  assert.equal(y23.to, '2024-09-04');  // the day before 2024-2025 starts: summer included
  assert.equal(y23.semester2_from, '2024-01-16');
  assert.match(y23.source, /2400/);

  const h = await get(s, '/api/v1/calendar/holidays?year=2026');
  assert.equal(h.year, 2026);
  const byDay = Object.fromEntries(h.holidays.map((x) => [x.day, x]));
  assert.equal(byDay['2026-02-16'].kind, 'holiday');
  assert.equal(byDay['2026-08-22'].kind, 'working_day');
  assert.equal(byDay['2026-08-22'].weekday, 6);
  assert.ok(byDay['2026-01-02'].source);
  assert.ok(h.holidays.every((x) => x.day.startsWith('2026-')));
  const h27 = await get(s, '/api/v1/calendar/holidays?year=2027');
  assert.ok(h27.holidays.some((x) => x.flags.includes('unverified')));
});

test('periods of a date: summer, semester, peak month, statistical year', async () => {
  const s = await login('gv.hongbang');
  const summer = await get(s, '/api/v1/calendar/periods?date=2025-07-15');
  assert.equal(summer.school_year.code, '2024-2025');
  assert.equal(summer.teaching, false);
  assert.equal(summer.semester.number, 2);
  assert.equal(summer.semester.to, '2025-09-04');
  assert.deepEqual(summer.statistical_year, { year: 2025, start: '12-15', from: '2024-12-15', to: '2025-12-14' });
  assert.deepEqual(summer.calendar_year, { year: 2025, from: '2025-01-01', to: '2025-12-31' });
  assert.equal(summer.peak_month.active, false);

  const sept = await get(s, '/api/v1/calendar/periods?date=2025-09-10');
  assert.equal(sept.school_year.code, '2025-2026');
  assert.equal(sept.school_year.from, '2025-09-05');
  assert.equal(sept.semester.number, 1);
  assert.equal(sept.peak_month.active, true);
  assert.equal(sept.peak_month.from, '2025-09-01');
  assert.equal(sept.teaching, true);
  assert.equal(sept.working_day, true);

  const dec = await get(s, '/api/v1/calendar/periods?date=2024-12-20');
  assert.equal(dec.statistical_year.year, 2025);
  const tet = await get(s, '/api/v1/calendar/periods?date=2026-02-17');
  assert.equal(tet.working_day, false);
  assert.equal(tet.semester.number, 2);
  const today = await get(s, '/api/v1/calendar/periods');
  assert.match(today.date, /^\d{4}-\d{2}-\d{2}$/);
});

test('deadlines count working days and end at 23:59 Vietnam time', async () => {
  const s = await login('csgt');
  const cases = [
    ['2026-02-13', 1, '2026-02-23'],  // Tết Bính Ngọ 14–22/2
    ['2025-01-24', 7, '2025-02-11'],  // Tết Ất Tỵ 25/1–2/2
    ['2026-01-09', 1, '2026-01-10'],  // Saturday 10/1/2026 is worked
    ['2026-08-28', 1, '2026-09-03'],  // Quốc khánh 2026: 31/8–2/9 off
    ['2025-09-10', 0, '2025-09-10'],
  ];
  for (const [from, n, due] of cases) {
    const r = await get(s, `/api/v1/calendar/deadline?from=${from}&working_days=${n}`);
    assert.equal(r.due_date, due, `${from} + ${n}`);
    assert.equal(r.due_at, `${due}T23:59:59+07:00`);
    assert.equal(r.working_days, n);
  }
});

test('bad input is refused with Vietnamese messages, never a 500', async () => {
  const s = await login('so.gddt');
  const bad = [
    ['GET', '/api/v1/calendar/deadline?working_days=3', undefined, 'from'],
    ['GET', '/api/v1/calendar/deadline?from=2025-09-10', undefined, 'working_days'],
    ['GET', '/api/v1/calendar/deadline?from=2025-02-30&working_days=3', undefined, 'from'],
    ['GET', '/api/v1/calendar/deadline?from=2025-09-10&working_days=366', undefined, 'working_days'],
    ['GET', '/api/v1/calendar/deadline?from=2025-09-10&working_days=-1', undefined, 'working_days'],
    ['GET', '/api/v1/calendar/deadline?from=2025-09-10&working_days=abc', undefined, 'working_days'],
    ['GET', '/api/v1/calendar/periods?date=10/09/2025', undefined, 'date'],
    ['GET', '/api/v1/calendar/holidays?year=abc', undefined, 'year'],
    ['GET', '/api/v1/calendar/holidays?year=99999', undefined, 'year'],
    ['PUT', '/api/v1/calendar/school-years/2025-2027', { teaching_from: '2025-09-05', teaching_to: '2026-05-31', semester2_from: '2026-01-19' }, 'code'],
    ['PUT', '/api/v1/calendar/school-years/abc', { teaching_from: '2025-09-05', teaching_to: '2026-05-31', semester2_from: '2026-01-19' }, 'code'],
    ['PUT', '/api/v1/calendar/school-years/2031-2032', { teaching_from: '2031-09-05', teaching_to: '2032-05-31', semester2_from: '2031-09-01' }, 'semester2_from'],
    ['PUT', '/api/v1/calendar/school-years/2031-2032', { teaching_from: '2032-09-05', teaching_to: '2032-05-31', semester2_from: '2032-01-19' }, 'teaching_from'],
    ['PUT', '/api/v1/calendar/school-years/2031-2032', { teaching_from: '2031-09-05', teaching_to: '2032-05-31' }, 'semester2_from'],
    ['PUT', '/api/v1/calendar/school-years/2031-2032', { teaching_from: '2031-09-05', teaching_to: '2032-05-31', semester2_from: '2032-01-19', extra: 1 }, 'extra'],
    ['PUT', '/api/v1/calendar/school-years/2031-2032', { teaching_from: '5/9/2031', teaching_to: '2032-05-31', semester2_from: '2032-01-19' }, 'teaching_from'],
    ['PUT', '/api/v1/calendar/school-years/2031-2032', { teaching_from: '2031-09-05', teaching_to: '2032-05-31', semester2_from: '2032-01-19', peak_from: '2031-10-01', peak_to: '2031-09-01' }, 'peak_to'],
    ['PUT', '/api/v1/calendar/holidays/2031-02-30', { kind: 'holiday', name: 'X' }, 'day'],
    ['PUT', '/api/v1/calendar/holidays/2031-03-07', { kind: 'working_day', name: 'Thứ Sáu' }, 'day'],
    ['PUT', '/api/v1/calendar/holidays/2031-03-08', { kind: 'weekend', name: 'X' }, 'kind'],
    ['PUT', '/api/v1/calendar/holidays/2031-03-08', { kind: 'holiday', name: '' }, 'name'],
    ['PUT', '/api/v1/calendar/holidays/2031-03-08', { kind: 'holiday', name: 'X', flags: ['demo'] }, 'flags'],
    ['DELETE', '/api/v1/calendar/holidays/nope', undefined, 'day'],
    ['PUT', '/api/v1/calendar/settings', { statistical_year_start: '02-29' }, 'statistical_year_start'],
    ['PUT', '/api/v1/calendar/settings', { statistical_year_start: '2025-12-15' }, 'statistical_year_start'],
  ];
  for (const [method, path, body, field] of bad) {
    const r = await request(method, path, { session: s, body });
    assert.equal(r.status, 422, `${method} ${path} ${JSON.stringify(body)}: ${r.text}`);
    assert.ok(r.json.error.fields?.[field], `${method} ${path}: no message on ${field}: ${r.text}`);
    assert.match(r.json.error.fields[field], /[^\x00-\x7f]/, 'a Vietnamese message (with diacritics)');
  }
  const missing = await request('DELETE', '/api/v1/calendar/holidays/2031-03-09', { session: s });
  assert.equal(missing.status, 404);
  const notJson = await request('PUT', '/api/v1/calendar/holidays/2031-03-09', { session: s, raw: '{', headers: { 'content-type': 'application/json' } });
  assert.equal(notJson.status, 400);
});

test('Department staff edit holidays; deadlines follow; writes are audited', async () => {
  const s = await login('so.gddt');
  // Monday 3/3/2031 becomes a holiday: Friday 28/2 + 1 working day moves to Tuesday.
  const before = await get(s, '/api/v1/calendar/deadline?from=2031-02-28&working_days=1');
  assert.equal(before.due_date, '2031-03-03');
  const put = await request('PUT', '/api/v1/calendar/holidays/2031-03-03', { session: s, body: { kind: 'day_off', name: 'Nghỉ thử', source: 'Kiểm thử', flags: ['unverified'] } });
  assert.equal(put.status, 200, put.text);
  assert.deepEqual(put.json.holiday.flags, ['unverified']);
  assert.equal(put.json.holiday.weekday, 1);
  assert.equal((await get(s, '/api/v1/calendar/deadline?from=2031-02-28&working_days=1')).due_date, '2031-03-04');
  const list = await get(s, '/api/v1/calendar/holidays?year=2031');
  assert.ok(list.holidays.some((h) => h.day === '2031-03-03' && h.name === 'Nghỉ thử'));
  const del = await request('DELETE', '/api/v1/calendar/holidays/2031-03-03', { session: s });
  assert.equal(del.status, 204);
  assert.equal((await get(s, '/api/v1/calendar/deadline?from=2031-02-28&working_days=1')).due_date, '2031-03-03');

  const admin = await login('admin');
  const audit = await get(admin, '/api/v1/audit?entity=holiday&limit=50');
  const mine = audit.entries.filter((e) => e.entity_id === '2031-03-03');
  assert.ok(mine.some((e) => e.action === 'create' && e.changes.name?.[1] === 'Nghỉ thử'));
  assert.ok(mine.some((e) => e.action === 'delete'));
});

test('a school year set through the API changes the periods', async () => {
  const s = await login('admin');
  const body = { teaching_from: '2032-09-07', teaching_to: '2033-05-28', semester2_from: '2033-01-17', source: 'Kiểm thử' };
  const r = await request('PUT', '/api/v1/calendar/school-years/2032-2033', { session: s, body });
  assert.equal(r.status, 200, r.text);
  assert.equal(r.json.school_year.peak_from, '2032-09-01');  // default peak month
  assert.equal(r.json.school_year.to, '2033-09-04');  // 2033-2034 follows the default rule
  const p = await get(s, '/api/v1/calendar/periods?date=2032-09-06');
  assert.equal(p.school_year.code, '2031-2032');
  assert.equal(p.school_year.to, '2032-09-06');
  assert.equal(p.school_year.from_data, false);
  const q = await get(s, '/api/v1/calendar/periods?date=2033-01-17');
  assert.equal(q.school_year.code, '2032-2033');
  assert.equal(q.school_year.from_data, true);
  assert.equal(q.semester.number, 2);
  const again = await request('PUT', '/api/v1/calendar/school-years/2032-2033', { session: s, body: { ...body, note: 'sửa' } });
  assert.equal(again.status, 200);
  assert.equal(again.json.school_year.note, 'sửa');
  const audit = await get(s, '/api/v1/audit?entity=school_year&limit=50');
  assert.ok(audit.entries.some((e) => e.entity_id === '2032-2033' && e.action === 'update' && e.changes.note?.[1] === 'sửa'));
});

test('the statistical-year start is a setting', async () => {
  const s = await login('so.gddt');
  try {
    const r = await request('PUT', '/api/v1/calendar/settings', { session: s, body: { statistical_year_start: '01-01' } });
    assert.equal(r.status, 200, r.text);
    const p = await get(s, '/api/v1/calendar/periods?date=2024-12-20');
    assert.deepEqual(p.statistical_year, { year: 2024, start: '01-01', from: '2024-01-01', to: '2024-12-31' });
  } finally {
    await request('PUT', '/api/v1/calendar/settings', { session: s, body: { statistical_year_start: '12-15' } });
  }
  assert.equal((await get(s, '/api/v1/calendar/periods?date=2024-12-20')).statistical_year.year, 2025);
});

test('only administrators and Department staff write the calendar', async () => {
  for (const who of ['gv.hongbang', 'csgt', 'theodoi', 'bgh.hongbang']) {
    const s = await login(who);
    const r = await request('PUT', '/api/v1/calendar/holidays/2031-04-01', { session: s, body: { kind: 'holiday', name: 'X' } });
    assert.equal(r.status, 403, who);
    const d = await request('PUT', '/api/v1/calendar/settings', { session: s, body: { statistical_year_start: '01-01' } });
    assert.equal(d.status, 403, who);
  }
  const anon = await request('GET', '/api/v1/calendar/periods');
  assert.equal(anon.status, 401);
});
