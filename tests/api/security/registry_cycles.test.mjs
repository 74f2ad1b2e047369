// Defect 2 of issue 7: no write can make a unit its own ancestor. On the main of 06/12/2026 a
// rename carrying parent_id = the unit itself was accepted and any descendants request for it
// then looped until the server ran out of memory.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { request, login, unitId } from '../lib.mjs';

const stamp = Date.now().toString(36).toUpperCase();
let serial = 0;

async function freshUnits(s, n) {
  const stamp2 = `${stamp}${++serial}`;
  // n schools under a new office of the Department, valid from 2026-01-01
  const rows = [`code,valid_from,name,type,parent_code`, `CYC-${stamp2}-O,2026-01-01,Phòng thử ${stamp2},PHONG_VHXH,SGDDT-HP`];
  for (let i = 1; i <= n; i++) rows.push(`CYC-${stamp2}-${i},2026-01-01,Trường thử ${i},THPT,CYC-${stamp2}-O`);
  const r = await request('POST', '/api/v1/registry/import', { session: s, body: { kind: 'units', csv: rows.join('\n') + '\n' } });
  assert.equal(r.status, 200, r.text);
  const ids = { office: await unitId(s, `CYC-${stamp2}-O`) };
  for (let i = 1; i <= n; i++) ids[i] = await unitId(s, `CYC-${stamp2}-${i}`);
  return ids;
}

test('a rename carrying parent_id = the unit itself is refused', async () => {
  const s = await login('so.gddt');
  const ids = await freshUnits(s, 1);
  for (const path of ['/api/v1/unit-events/preview', '/api/v1/unit-events']) {
    const r = await request('POST', path, { session: s, body: { kind: 'rename', date: '2026-09-01', unit_ids: [ids.office], name: `Phòng mới ${stamp}`, parent_id: ids.office } });
    assert.equal(r.status, 422, r.text);
  }
  const d = await request('GET', `/api/v1/units/${ids.office}/descendants?from=2026-01-01&to=2027-12-31`, { session: s });
  assert.equal(d.status, 200);
});

test('merge, split and dissolve refuse a descendant of an ending unit as successor', async () => {
  const s = await login('so.gddt');
  const ids = await freshUnits(s, 2);
  const bodies = [
    { kind: 'merge', date: '2026-09-01', unit_ids: [ids.office, await unitId(s, '03002')], successor_ids: [ids[1]] },
    { kind: 'split', date: '2026-09-01', unit_ids: [ids.office], successor_ids: [ids[1], ids[2]] },
    { kind: 'dissolve', date: '2026-09-01', unit_ids: [ids.office], successor_ids: [ids[1]] },
  ];
  for (const body of bodies) {
    const r = await request('POST', '/api/v1/unit-events', { session: s, body });
    assert.equal(r.status, 422, `${body.kind}: ${r.text}`);
  }
  const d = await request('GET', `/api/v1/units/${ids[1]}/descendants?from=2026-01-01&to=2027-12-31`, { session: s });
  assert.equal(d.status, 200);
  assert.ok(d.json.units.length <= 1);
});

test('a units import whose parents form a cycle is refused whole', async () => {
  const s = await login('quantri.hethong');
  const csv = `code,valid_from,name,type,parent_code\nCYC-${stamp}-A,2026-01-01,Trường A,THPT,CYC-${stamp}-B\nCYC-${stamp}-B,2026-01-01,Trường B,THPT,CYC-${stamp}-A\n`;
  const r = await request('POST', '/api/v1/registry/import', { session: s, body: { kind: 'units', csv } });
  assert.equal(r.status, 422, r.text);
  const none = await request('GET', `/api/v1/units/search?q=CYC-${stamp}-A`, { session: s });
  assert.equal(none.json.units.length, 0);
});
