// Violation codes over HTTP: both decrees loaded from data/reference/legal/ at start, a code is
// (decree, code) in force on a day, behaviour categories span the decrees, Decree 100 flagged for
// review, administrators correct and add codes (audited), bad input refused with nothing written.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { request, login } from './lib.mjs';

const get = async (s, path) => {
  const r = await request('GET', path, { session: s });
  assert.equal(r.status, 200, r.text);
  return r.json;
};

test('both decrees and their codes, by date, with categories spanning both', async () => {
  const s = await login('csgt');
  const { decrees } = await get(s, '/api/v1/decrees');
  // (Other tests of the run may add decrees in the far future.)
  assert.deepEqual(decrees.filter((d) => ['ND100', 'ND168'].includes(d.code)).map((d) => [d.code, d.number, d.effective_from, d.effective_to]), [
    ['ND100', '100/2019/NĐ-CP', '2020-01-01', '2024-12-31'],
    ['ND168', '168/2024/NĐ-CP', '2025-01-01', null],
  ]);
  const { behaviour_categories: cats } = await get(s, '/api/v1/behaviour-categories');
  const shipped = cats.filter((c) => c.codes > 0);
  assert.equal(shipped.length, 25);
  assert.equal(cats[0].code, 'no_helmet_rider');
  assert.ok(shipped.every((c) => c.label_vi && c.label_en));

  // 9.1.a is a different act in each decree; the day picks the decree.
  const before = await get(s, '/api/v1/violation-codes?date=2024-12-31&category=no_helmet_rider');
  assert.deepEqual(before.violation_codes.map((c) => `${c.decree}:${c.code}`).sort(), ['ND100:6.2.i', 'ND100:8.3.d']);
  const after = await get(s, '/api/v1/violation-codes?date=2025-01-01&category=no_helmet_rider');
  assert.deepEqual(after.violation_codes.map((c) => `${c.decree}:${c.code}`).sort(), ['ND168:7.2.h', 'ND168:9.4.d']);
  const h = after.violation_codes.find((c) => c.code === '7.2.h');
  assert.equal(h.citation, 'điểm h khoản 2 Điều 7 Nghị định 168/2024/NĐ-CP');
  assert.equal(h.category_label.startsWith('Không đội mũ bảo hiểm'), true);
  assert.equal(h.fine_min, 400000);
  assert.equal(h.fine_max, 600000);
  assert.equal(h.in_force, true);
  assert.equal(h.review_note, null);
  assert.ok(before.violation_codes.every((c) => c.review_note && c.review_note.includes('123/2021') && !c.in_force));

  const owner = await get(s, '/api/v1/violation-codes?decree=ND168&q=32.10');
  assert.equal(owner.violation_codes.length, 1);
  assert.equal(owner.violation_codes[0].citation, 'khoản 10 Điều 32 Nghị định 168/2024/NĐ-CP');
  assert.equal(owner.violation_codes[0].category, 'owner_handing_vehicle');
  // Accent-insensitive search in the description.
  const phone = await get(s, '/api/v1/violation-codes?date=2025-06-01&q=dien%20thoai');
  assert.ok(phone.violation_codes.length > 0);
  assert.ok(phone.violation_codes.every((c) => c.decree === 'ND168'));
  const review = await get(s, '/api/v1/violation-codes?decree=ND168&review=1');
  assert.deepEqual(review.violation_codes.map((c) => c.code).sort(), ['6.1a', '6.3.m', '7.1.e']);
  const one = await get(s, `/api/v1/violation-codes/${h.id}`);
  assert.equal(one.violation_code.code, '7.2.h');
});

test('an administrator corrects a flagged code and adds an amended one; both audited', async () => {
  const admin = await login('admin');
  const { violation_codes: [flagged] } = await get(admin, '/api/v1/violation-codes?decree=ND100&q=6.1.b');
  assert.ok(flagged.review_note);
  const body = {
    decree: 'ND100', code: flagged.code, vehicle_kind: flagged.vehicle_kind, description: flagged.description,
    fine_min: 200000, fine_max: 400000, impoundable: false, effective_from: '2020-01-01', effective_to: '2021-12-31',
    category: flagged.category, source: 'Đối chiếu VBHN 03/VBHN-BGTVT', review_note: null,
  };
  const put = await request('PUT', `/api/v1/violation-codes/${flagged.id}`, { session: admin, body });
  assert.equal(put.status, 200, put.text);
  assert.equal(put.json.violation_code.review_note, null);
  assert.equal(put.json.violation_code.fine_max, 400000);
  const amended = await request('POST', '/api/v1/violation-codes', {
    session: admin, body: { ...body, effective_from: '2022-01-01', effective_to: '2024-12-31', fine_min: 300000, fine_max: 500000 },
  });
  assert.equal(amended.status, 201, amended.text);
  const s = await login('theodoi');
  const on = async (day) => (await get(s, `/api/v1/violation-codes?decree=ND100&q=6.1.b&date=${day}`)).violation_codes;
  assert.deepEqual((await on('2021-06-01')).map((c) => c.fine_max), [400000]);
  assert.deepEqual((await on('2023-06-01')).map((c) => c.fine_max), [500000]);
  const twice = await request('POST', '/api/v1/violation-codes', {
    session: admin, body: { ...body, effective_from: '2022-01-01', effective_to: '2024-12-31' },
  });
  assert.equal(twice.status, 409, twice.text);
  const audit = await get(admin, '/api/v1/audit?entity=violation_code&limit=50');
  const mine = audit.entries.filter((r) => String(r.entity_id) === String(flagged.id));
  assert.ok(mine.some((r) => r.action === 'update' && r.changes.fine_max && r.changes.review_note), JSON.stringify(mine));
});

test('bad codes are refused with the field named, nothing written', async () => {
  const admin = await login('admin');
  const base = {
    decree: 'ND168', code: '7.2.h', vehicle_kind: 'motorbike', description: 'Thử', fine_min: 1, fine_max: 2,
    effective_from: '2091-01-01', category: 'no_helmet_rider',
  };
  const cases = [
    [{ code: '7.2' + '.hh' }, 'code'],
    [{ code: 'abc' }, 'code'],
    [{ fine_min: 5, fine_max: 2 }, 'fine_max'],
    [{ effective_from: '2091-02-30' }, 'effective_from'],
    [{ effective_from: '2019-06-01' }, 'effective_from'],  // before Decree 168 is in force
    [{ category: 'helmet' }, 'category'],
    [{ decree: 'ND999x' }, 'decree'],
    [{ vehicle_kind: 'tank' }, 'vehicle_kind'],
    [{ description: '' }, 'description'],
  ];
  for (const [change, field] of cases) {
    const r = await request('POST', '/api/v1/violation-codes', { session: admin, body: { ...base, ...change } });
    assert.equal(r.status, 422, `${JSON.stringify(change)} ${r.text}`);
    assert.ok(r.json.error.fields && r.json.error.fields[field], `${field}: ${r.text}`);
  }
  const empty = await request('POST', '/api/v1/violation-codes', { session: admin, body: {} });
  assert.ok([400, 422].includes(empty.status), empty.text);
  const police = await request('POST', '/api/v1/violation-codes', { session: await login('csgt'), body: base });
  assert.equal(police.status, 403);
  const none = await get(admin, '/api/v1/violation-codes?date=2091-06-01&category=no_helmet_rider');
  assert.deepEqual(none.violation_codes.map((c) => c.code).sort(), ['7.2.h', '9.4.d']);  // nothing added
  assert.equal((await request('GET', '/api/v1/violation-codes?date=2025-13-01', { session: admin })).status, 422);
  assert.equal((await request('GET', '/api/v1/violation-codes?review=yes', { session: admin })).status, 422);
  assert.equal((await request('GET', '/api/v1/violation-codes/99999999', { session: admin })).status, 404);
});

test('a new decree and a new category when the law changes', async () => {
  const admin = await login('admin');
  const d = await request('PUT', '/api/v1/decrees/ND300', {
    session: admin, body: { number: '300/2030/NĐ-CP', title: 'Nghị định thử', effective_from: '2031-01-01' },
  });
  assert.equal(d.status, 200, d.text);
  const c = await request('PUT', '/api/v1/behaviour-categories/scooter_sharing', {
    session: admin, body: { label_vi: 'Xe điện dùng chung', label_en: 'Shared e-scooters' },
  });
  assert.equal(c.status, 200, c.text);
  assert.equal(c.json.behaviour_category.codes, 0);
  const code = await request('POST', '/api/v1/violation-codes', {
    session: admin, body: { decree: 'ND300', code: '5.1.a', vehicle_kind: 'ebike', description: 'Thử', effective_from: '2031-01-01', category: 'scooter_sharing' },
  });
  assert.equal(code.status, 201, code.text);
  assert.equal(code.json.violation_code.fine_min, null);
  const bad = await request('PUT', '/api/v1/decrees/nd%20300', { session: admin, body: { number: 'x', title: 'y', effective_from: '2031-01-01' } });
  assert.equal(bad.status, 422, bad.text);
});
