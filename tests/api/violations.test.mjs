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

test('a police system pushes with a token scoped to the push: idempotent, a result per item, at most 500', async () => {
  const csgt = await login('csgt');
  const made = await request('POST', '/api/v1/tokens', { session: csgt, body: { name: 'Hệ thống xử lý vi phạm', scopes: ['pushViolations'], expires_in_days: 30 } });
  assert.equal(made.status, 201, made.text);
  const token = made.json.token;
  const run = Date.now().toString(36);
  const item = (n, person = {}) => ({
    occurred_at: '2025-10-02T17:20',
    address: `Đường Lạch Tray, điểm ${n}`,
    persons: [{ external_id: `${run}-${n}`, role: 'rider', full_name: 'LE VAN NAM', birth_year: 2008, decree: 'ND168', code: '7.2.h', sanction: 'warning', ...person }],
  });
  const batch = { source_system: 'CSGT-HP', items: [item(1), item(2), item(3, { birth_year: 2012 })] };
  const first = await request('POST', '/api/v1/violations/push', { token, body: batch });
  assert.equal(first.status, 200, first.text);
  assert.deepEqual([first.json.created, first.json.repeated, first.json.invalid], [2, 0, 1]);
  assert.deepEqual(first.json.results.map((r) => r.status), ['stored', 'stored', 'invalid']);
  assert.match(first.json.results[2].fields['persons[0].sanction'], /dưới 14 tuổi/);
  const ids = first.json.results.slice(0, 2).map((r) => r.violation_ids[0]);

  // The same batch again: the same records, nothing doubled.
  const again = await request('POST', '/api/v1/violations/push', { token, body: batch });
  assert.equal(again.status, 200, again.text);
  assert.deepEqual([again.json.created, again.json.repeated, again.json.invalid], [0, 2, 1]);
  assert.deepEqual(again.json.results.slice(0, 2).map((r) => [r.status, r.created, r.violation_ids[0]]), ids.map((id) => ['stored', false, id]));
  const list = await request('GET', '/api/v1/violations?from=2025-10-02&to=2025-10-02&limit=500', { session: csgt });
  assert.equal(list.json.violations.filter((v) => v.external_id?.startsWith(`${run}-`)).length, 2);
  assert.ok(list.json.violations.filter((v) => v.external_id?.startsWith(`${run}-`)).every((v) => v.source_system === 'CSGT-HP'));

  // The token does nothing else; more than 500 items is refused whole.
  assert.equal((await request('GET', '/api/v1/violations', { token })).status, 403);
  const big = { source_system: 'CSGT-HP', items: Array.from({ length: 501 }, (_, i) => item(`big-${i}`)) };
  const over = await request('POST', '/api/v1/violations/push', { token, body: big });
  assert.ok([400, 422].includes(over.status), over.text.slice(0, 200));
  const after = await request('GET', '/api/v1/violations?from=2025-10-02&to=2025-10-02&limit=500', { session: csgt });
  assert.equal(after.json.violations.filter((v) => v.external_id?.startsWith(`${run}-big`)).length, 0);
  // A person without an external id.
  const noId = await request('POST', '/api/v1/violations/push', { token, body: { source_system: 'CSGT-HP', items: [{ ...item(9), persons: [{ ...item(9).persons[0], external_id: undefined }] }] } });
  assert.ok([400, 422].includes(noId.status) || noId.json.results[0].status === 'invalid', noId.text);
  // The batch's audit row carries its counts.
  const audit = await request('GET', '/api/v1/audit?entity=violation_push&limit=20', { session: await login('admin.ca') });
  assert.equal(audit.status, 200, audit.text);
  assert.ok(audit.json.entries.some((e) => e.changes.created === 2 && e.changes.invalid === 1), JSON.stringify(audit.json.entries.slice(0, 2)));
});

test('the recording police correct a record (the earlier version kept) and withdraw it; another unit cannot', async () => {
  const csgt = await login('csgt');
  const made = await request('POST', '/api/v1/violations', { session: csgt, body: stop([{ ...rider, full_name: 'TRAN VAN SUA' }], { occurred_at: '2025-11-03T09:00' }) });
  assert.equal(made.status, 201, made.text);
  const id = made.json.violations[0].id;
  const fixed = await request('PUT', `/api/v1/violations/${id}`, { session: csgt, body: { reason: 'Ghi nhầm điểm: người ngồi sau', person: { ...rider, full_name: 'TRAN VAN SUA', role: 'passenger', code: '7.2.i', sanction: 'warning', fine_amount: undefined } } });
  assert.equal(fixed.status, 200, fixed.text);
  assert.equal(fixed.json.violation.version, 2);
  assert.equal(fixed.json.violation.behaviour, 'no_helmet_passenger');
  assert.equal(fixed.json.violation.stop_id, made.json.violations[0].stop_id);
  const bad = await request('PUT', `/api/v1/violations/${id}`, { session: csgt, body: { reason: 'x', person: { ...rider, full_name: 'TRAN VAN SUA', fine_amount: 500000 } } });
  assert.equal(bad.status, 422, bad.text);
  assert.match(bad.json.error.fields['person.fine_amount'], /một nửa/);
  const other = await login('ca.hongbang');
  assert.equal((await request('POST', `/api/v1/violations/${id}/withdraw`, { session: other, body: { reason: 'Không phải của đơn vị' } })).status, 404);
  const gone = await request('POST', `/api/v1/violations/${id}/withdraw`, { session: csgt, body: { reason: 'Nhầm người' } });
  assert.equal(gone.status, 200, gone.text);
  assert.equal(gone.json.violation.status, 'withdrawn');
  assert.equal(gone.json.violation.version, 3);
  assert.equal((await request('POST', `/api/v1/violations/${id}/withdraw`, { session: csgt, body: { reason: 'Lần nữa' } })).status, 409);
  assert.equal((await request('PUT', `/api/v1/violations/${id}`, { session: csgt, body: { reason: 'x', person: rider } })).status, 409);
  assert.equal((await request('POST', `/api/v1/violations/${id}/withdraw`, { session: csgt, body: {} })).status >= 400, true);
});
