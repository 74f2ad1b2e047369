// Access probes: The calendar.
// Each probe measures one operation over HTTP for a role and a kind of data (own, foreign,
// predecessor, participant) and answers 'allow' or 'deny'; runner.test.mjs compares the
// answers with matrix.csv.
import { assert, request, sessionFor, verdict } from './fixtures.mjs';

export default {
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
};
