// Violation records over HTTP: a police officer records the persons of one stop (a rider, a young
// passenger involved, the owner who handed over the vehicle), derived fields are written with
// them, the sanctions each age allows are enforced with the rule named and nothing written, the
// code must be in force on the date, the police read only their unit's records, and every record
// shown is in its view log.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { request, login, unitId } from './lib.mjs';

const stop = (persons, extra = {}) => ({ occurred_at: '2025-09-15T07:15', address: 'Ngã tư Lạch Tray', officer_name: 'Trung úy Nguyễn Văn B', persons, ...extra });
const rider = { role: 'rider', full_name: 'PHAM THI THU HANG', birth_date: '2008-11-17', school_stated: 'Ngo Quyen', vehicle_kind: 'motorbike', plate: '15B1-123.45', decree: 'ND168', code: '7.2.h', sanction: 'fine', fine_amount: 250000, report_number: 'BB-0001/2025' };

test('one stop: a rider fined within half the adult range, the child passenger involved, the owner', async () => {
  const csgt = await login('csgt');
  const place = await unitId(csgt, 'CA-X11311');
  const r = await request('POST', '/api/v1/violations', {
    session: csgt,
    body: stop([
      rider,
      { role: 'involved', full_name: 'Phạm Văn An', birth_year: 2013, sanction: 'none' },
      { role: 'owner', full_name: 'Phạm Văn Cường', decree: 'ND168', code: '32.10', sanction: 'fine', fine_amount: 8000000, decision_number: 'QĐ-15/2025' },
    ], { place_unit_id: place, latitude: 20.85, longitude: 106.68 }),
  });
  assert.equal(r.status, 201, r.text);
  const [a, child, owner] = r.json.violations;
  assert.equal(r.json.stop.date, '2025-09-15');
  assert.equal(r.json.stop.place_unit_id, place);
  assert.equal(a.age_years, 16);
  assert.equal(a.age_band, '16-17');
  assert.equal(a.behaviour, 'no_helmet_rider');
  assert.equal(a.legal_code, 'ND168:7.2.h');
  assert.equal(a.year_month, '2025-09');
  assert.equal(a.stop_id, child.stop_id);
  assert.equal(child.legal_code, null);
  assert.equal(owner.behaviour, 'owner_handing_vehicle');
  assert.equal(owner.age_band, '');
  const got = await request('GET', `/api/v1/violations/${a.id}`, { session: csgt });
  assert.equal(got.status, 200, got.text);
  assert.equal(got.json.violation.full_name, 'PHAM THI THU HANG');
  assert.equal(got.json.stop.officer_name, 'Trung úy Nguyễn Văn B');
  const list = await request('GET', '/api/v1/violations?from=2025-09-15&to=2025-09-15&limit=500', { session: csgt });
  assert.ok(list.json.violations.some((v) => v.id === a.id));
  // The view log: one row for the detail, one for the list.
  const views = await request('GET', `/api/v1/violations/${a.id}/views`, { session: await login('admin.ca') });
  assert.equal(views.status, 200, views.text);
  assert.deepEqual(views.json.views.map((v) => [v.login, v.context]), [['csgt', 'list'], ['csgt', 'detail']]);
  // Another police unit and the education side do not read it.
  assert.equal((await request('GET', `/api/v1/violations/${a.id}`, { session: await login('ca.hongbang') })).status, 404);
  assert.equal((await request('GET', `/api/v1/violations/${a.id}`, { session: await login('so.gddt') })).status, 403);
  assert.equal((await request('GET', '/api/v1/violations', { session: await login('bgh.hongbang') })).status, 403);
  assert.equal((await request('GET', `/api/v1/violations/${a.id}/views`, { session: await login('admin') })).status, 404);
});

test('sanctions the age does not allow, codes not in force: refused with the rule named, nothing written', async () => {
  const csgt = await login('csgt');
  const before = (await request('GET', '/api/v1/violations?limit=500', { session: csgt })).json.violations.length;
  const cases = [
    [{ ...rider, birth_date: '2009-12-01', fine_amount: 200000 }, 'persons[0].sanction', /Điều 134/],  // 15: no fine
    [{ ...rider, birth_date: '2012-01-01', sanction: 'warning', fine_amount: undefined }, 'persons[0].sanction', /dưới 14 tuổi/],
    [{ ...rider, fine_amount: 400000 }, 'persons[0].fine_amount', /một nửa/],  // 16: at most 300,000
    [{ ...rider, decree: 'ND100', code: '6.2.i' }, 'persons[0].code', /không có hiệu lực/],  // Decree 100 ended 31/12/2024
    [{ ...rider, code: '99.1.a' }, 'persons[0].code', /không có hiệu lực/],
    [{ ...rider, birth_date: undefined }, 'persons[0].birth_date', /ngày sinh hoặc năm sinh/],
    [{ ...rider, full_name: 'PHAM 7HI' }, 'persons[0].full_name', /chữ cái/],
  ];
  for (const [person, field, message] of cases) {
    const r = await request('POST', '/api/v1/violations', { session: csgt, body: stop([person]) });
    assert.equal(r.status, 422, `${field}: ${r.text}`);
    assert.match(r.json.error.fields?.[field] ?? '', message, r.text);
  }
  // The same code on a 2024 date is Decree 100's point 6.2.i.
  const old = await request('POST', '/api/v1/violations', { session: csgt, body: stop([{ ...rider, decree: 'ND100', code: '6.2.i', fine_amount: 100000 }], { occurred_at: '2024-11-20T16:40' }) });
  assert.equal(old.status, 201, old.text);
  assert.equal(old.json.violations[0].legal_code, 'ND100:6.2.i');
  assert.equal(old.json.violations[0].behaviour, 'no_helmet_rider');
  assert.equal(old.json.violations[0].age_years, 16);
  const after = (await request('GET', '/api/v1/violations?limit=500', { session: csgt })).json.violations.length;
  assert.equal(after, before + 1);  // only the valid record
  // A whole stop is refused when one person is wrong.
  const mixed = await request('POST', '/api/v1/violations', { session: csgt, body: stop([rider, { ...rider, fine_amount: 9 }]) });
  assert.equal(mixed.status, 422);
  assert.ok(mixed.json.error.fields['persons[1].fine_amount']);
  assert.equal((await request('GET', '/api/v1/violations?limit=500', { session: csgt })).json.violations.length, after);
  for (const body of [{}, stop([]), stop([rider], { occurred_at: '2025-02-30T07:00' }), stop([rider], { occurred_at: '2099-01-01T07:00' }), stop([rider], { latitude: 200 }), stop([rider], { place_unit_id: await unitId(csgt, '03002') })]) {
    const r = await request('POST', '/api/v1/violations', { session: csgt, body });
    assert.ok([400, 422].includes(r.status), r.text);
  }
});
