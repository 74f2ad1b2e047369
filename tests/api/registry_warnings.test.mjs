// The merge wizard warns before applying (issue 9): unit types or managing offices that do not
// usually combine are named in Vietnamese, with the reason; a plain merge has no warning.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { request, login } from './lib.mjs';

test('a merge preview warns about mixed types and offices, not about a plain merge', async () => {
  const s = await login('so.gddt');
  const tree = await request('GET', '/api/v1/units/tree', { session: s });
  const [p1, p2] = tree.json.units.filter((u) => u.type === 'PHONG_VHXH');
  const stamp = Date.now().toString(36);
  const make = async (code, name, type, parent) => {
    const r = await request('POST', '/api/v1/units', { session: s, body: { code: `${code}-${stamp}`, name, type, parent_id: parent.id, valid_from: '2026-01-01' } });
    assert.equal(r.status, 201, r.text);
    return r.json.unit;
  };
  const a = await make('TH-CB-A', 'Trường Tiểu học Cảnh Báo A', 'TH', p1);
  const b = await make('TH-CB-B', 'Trường Tiểu học Cảnh Báo B', 'TH', p1);
  const c = await make('TH-CB-C', 'Trường Tiểu học Cảnh Báo C', 'TH', p1);
  const kindergarten = await make('MN-CB-D', 'Trường Mầm non Cảnh Báo D', 'MN', p2);
  const date = '2027-09-01';
  const preview = (unit_ids, successor_ids) =>
    request('POST', '/api/v1/unit-events/preview', { session: s, body: { kind: 'merge', date, unit_ids, successor_ids } });
  const plain = await preview([a.id, b.id], [c.id]);
  assert.equal(plain.status, 200, plain.text);
  assert.deepEqual(plain.json.warnings, []);
  const mixed = await preview([a.id, kindergarten.id], [c.id]);
  assert.equal(mixed.status, 200, mixed.text);
  assert.equal(mixed.json.warnings.length, 4, JSON.stringify(mixed.json.warnings));
  assert.match(mixed.json.warnings[0], /các loại khác nhau \(Trường mầm non, Trường tiểu học\)/);
  assert.match(mixed.json.warnings.join(' '), /đơn vị quản lý khác nhau/);
});
