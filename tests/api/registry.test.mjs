import { test } from 'node:test';
import assert from 'node:assert/strict';
import { request, login, unitId } from './lib.mjs';

test('the tree as of 31/12/2024 and 31/12/2025 shows the 2025 reform', async () => {
  const s = await login('theodoi');
  const t2024 = await request('GET', '/api/v1/units/tree?date=2024-12-31', { session: s });
  const t2025 = await request('GET', '/api/v1/units/tree?date=2025-12-31', { session: s });
  assert.equal(t2024.status, 200);
  const codes24 = new Set(t2024.json.units.map((u) => u.code));
  const codes25 = new Set(t2025.json.units.map((u) => u.code));
  assert.ok(codes24.has('PGD-HB') && !codes25.has('PGD-HB'), 'district office ends');
  assert.ok(!codes24.has('VHXH-11311') && codes25.has('VHXH-11311'), 'commune office starts');
  assert.ok(codes24.has('CA-HB') && !codes25.has('CA-HB'), 'district police ended 1/3/2025');
  assert.ok(codes24.has('SGDDT-HD') && !codes25.has('SGDDT-HD'), 'Hai Duong merged');
  assert.equal([...codes25].filter((c) => c.startsWith('VHXH-')).length, 114);
  // every parent in a tree is itself in the tree on that date
  for (const tree of [t2024.json.units, t2025.json.units]) {
    const ids = new Set(tree.map((u) => u.id));
    for (const u of tree) if (u.parent_id !== null) assert.ok(ids.has(u.parent_id), `${u.code} parent missing`);
  }
});

test('a school moves from the district office to the commune office', async () => {
  const s = await login('theodoi');
  const id = await unitId(s, 'S-11296-TH');
  const card = await request('GET', `/api/v1/units/${id}`, { session: s });
  assert.equal(card.status, 200);
  const vs = card.json.unit.versions;
  assert.ok(vs.length >= 2);
  assert.match(vs[0].parent_name, /Hồng Bàng/);
  assert.equal(vs[vs.length - 1].valid_from, '2025-07-01');
  const history = await request('GET', `/api/v1/units/${id}/history`, { session: s });
  assert.ok(history.json.events.some((e) => e.kind === 'move' && e.date === '2025-07-01'));
});

test('successors of a dissolved district office as of a date', async () => {
  const s = await login('theodoi');
  const pgd = await unitId(s, 'PGD-HB');
  const before = await request('GET', `/api/v1/units/${pgd}/successors?date=2024-12-31`, { session: s });
  assert.deepEqual(before.json.units.map((u) => u.code), ['PGD-HB']);
  const after = await request('GET', `/api/v1/units/${pgd}/successors?date=2025-12-31`, { session: s });
  assert.ok(after.json.units.some((u) => u.code === 'VHXH-11311'));
  assert.ok(after.json.units.every((u) => u.code.startsWith('VHXH-')));
});

test('search ignores accents and case', async () => {
  const s = await login('theodoi');
  const r = await request('GET', '/api/v1/units/search?q=THPT%20hong%20bang', { session: s });
  assert.ok(r.json.units.some((u) => u.code === '03002'));
  const d = await request('GET', '/api/v1/units/search?q=do%20son&date=2024-06-01', { session: s });
  assert.ok(d.json.units.some((u) => /Đồ Sơn/.test(u.name)));
  const fold = (t) => t.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[đĐ]/g, 'd').toLowerCase();
  // every word, anywhere in the name, in any order
  assert.ok(d.json.units.every((u) => fold(u.name).includes('do') && fold(u.name).includes('son')));
  const words = await request('GET', '/api/v1/units/search?q=phong%20giao%20duc%20hong%20bang', { session: s });
  assert.ok(words.json.units.some((u) => u.code === 'PGD-HB'));
});

test('unit types are data', async () => {
  const s = await login('theodoi');
  const r = await request('GET', '/api/v1/unit-types', { session: s });
  const codes = r.json.types.map((t) => t.code);
  for (const c of ['SO_GDDT', 'PHONG_GDDT', 'PHONG_VHXH', 'THPT', 'CA_XA']) assert.ok(codes.includes(c), c);
});

test('only administrators and Department staff edit the registry', async () => {
  for (const who of ['gv.hongbang', 'csgt', 'theodoi']) {
    const s = await login(who);
    const r = await request('POST', '/api/v1/unit-events/preview', { session: s, body: { kind: 'rename', date: '2026-01-01', unit_ids: [1], name: 'X' } });
    assert.equal(r.status, 403, who);
  }
});

test('merge two schools: preview shows the plan, apply changes the tree, history records it', async () => {
  const s = await login('so.gddt');
  const parent = await unitId(s, 'VHXH-11311');
  const stamp = Date.now().toString(36);
  const make = async (code, name, type) => {
    const r = await request('POST', '/api/v1/units', {
      session: s, body: { code, name, type, parent_id: parent, valid_from: '2025-09-05', short_name: null },
    });
    assert.equal(r.status, 201, r.text);
    return r.json.unit.id;
  };
  const a = await make(`TH-A-${stamp}`, 'Trường Tiểu học Thử A', 'TH');
  const b = await make(`THCS-B-${stamp}`, 'Trường THCS Thử B', 'THCS');
  const body = {
    kind: 'merge', date: '2026-09-01', unit_ids: [a, b], successor_ids: [],
    new_unit: { code: `PTNC-${stamp}`, name: 'Trường TH và THCS Thử nghiệm', short_name: null, type: 'PTNC', parent_id: parent },
    name: null, parent_id: null, note: 'Kiểm thử API',
  };
  const preview = await request('POST', '/api/v1/unit-events/preview', { session: s, body });
  assert.equal(preview.status, 200, preview.text);
  assert.equal(preview.json.changes.filter((c) => c.action === 'ends').length, 2);
  assert.equal(preview.json.changes.filter((c) => c.action === 'starts').length, 1);
  const applied = await request('POST', '/api/v1/unit-events', { session: s, body });
  assert.equal(applied.status, 201, applied.text);
  const tree = await request('GET', '/api/v1/units/tree?date=2026-09-01', { session: s });
  assert.ok(tree.json.units.some((u) => u.code === body.new_unit.code));
  assert.ok(!tree.json.units.some((u) => u.id === a || u.id === b));
  const before = await request('GET', '/api/v1/units/tree?date=2026-08-31', { session: s });
  assert.ok(before.json.units.some((u) => u.id === a));
  const hist = await request('GET', `/api/v1/units/${a}/history`, { session: s });
  const ev = hist.json.events.find((e) => e.id === applied.json.event_id);
  assert.equal(ev.kind, 'merge');
  assert.ok(ev.successors.some((x) => x.code === body.new_unit.code));
  const succ = await request('GET', `/api/v1/units/${b}/successors?date=2026-12-31`, { session: s });
  assert.deepEqual(succ.json.units.map((u) => u.code), [body.new_unit.code]);
  // applying it again is refused: the units no longer exist on that date
  const again = await request('POST', '/api/v1/unit-events', { session: s, body: { ...body, new_unit: { ...body.new_unit, code: body.new_unit.code + 'B' } } });
  assert.equal(again.status, 422);
  const dupCode = await request('POST', '/api/v1/units', {
    session: s, body: { code: `TH-A-${stamp}`, name: 'Trùng mã', type: 'TH', parent_id: parent, valid_from: '2026-01-01' },
  });
  assert.equal(dupCode.status, 422);
  assert.ok(dupCode.json.error.fields.code);
});

test('registry changes are validated with field errors', async () => {
  const s = await login('so.gddt');
  const r = await request('POST', '/api/v1/unit-events/preview', { session: s, body: { kind: 'explode', date: '2026-13-01', unit_ids: [] } });
  assert.equal(r.status, 422);
  assert.ok(r.json.error.fields.kind);
  const m = await request('POST', '/api/v1/unit-events/preview', { session: s, body: { kind: 'merge', date: '2026-01-01', unit_ids: [999999, 999998] } });
  assert.equal(m.status, 422);
  assert.ok(m.json.error.fields.unit_ids);
});

test('all units under the Department at any time in 2024-2025 include both structures', async () => {
  const s = await login('theodoi');
  const hp = await unitId(s, 'SGDDT-HP');
  const r = await request('GET', `/api/v1/units/${hp}/descendants?from=2024-01-01&to=2025-12-31`, { session: s });
  assert.equal(r.status, 200);
  const codes = new Set(r.json.units.map((u) => u.code));
  assert.ok(codes.has('PGD-HB'), '2024 district office');
  assert.ok(codes.has('VHXH-11311'), '2025 commune office');
  assert.ok(codes.has('S-11296-TH'), 'a school under both');
  assert.ok(!codes.has('PGD-HDG'), 'Hai Duong offices were never under Hai Phong\'s Department');
  const only2024 = await request('GET', `/api/v1/units/${hp}/descendants?from=2024-01-01&to=2024-12-31`, { session: s });
  assert.ok(!only2024.json.units.some((u) => u.code === 'VHXH-11311'));
  const bad = await request('GET', `/api/v1/units/${hp}/descendants?from=2025-01-01`, { session: s });
  assert.equal(bad.status, 422);
});
