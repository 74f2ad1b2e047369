import { test } from 'node:test';
import assert from 'node:assert/strict';
import { request, login } from './lib.mjs';

test('import units and events from CSV: dry run, apply, then the tree has them', async () => {
  const s = await login('so.gddt');
  const stamp = Date.now().toString(36).toUpperCase();
  const units = [
    'code,valid_from,valid_to,name,short_name,type,parent_code,flags,source',
    `IMP-${stamp}-A,2026-01-01,2026-05-31,Trường Mầm non Hoa Sen,MN Hoa Sen,MN,VHXH-11311,demo,nhập thử`,
    `IMP-${stamp}-A,2026-06-01,,"Trường Mầm non Hoa Sen, cơ sở 2",MN Hoa Sen,MN,VHXH-11311,demo,nhập thử`,
    `IMP-${stamp}-B,2026-01-01,,Trường Tiểu học Hoa Mai,TH Hoa Mai,TH,VHXH-11311,,`,
  ].join('\n');
  const dry = await request('POST', '/api/v1/registry/import', { session: s, body: { kind: 'units', csv: units, dry_run: true } });
  assert.equal(dry.status, 200, dry.text);
  assert.deepEqual(dry.json, { dry_run: true, units: 2, versions: 3, events: 0, batch_id: null });
  const none = await request('GET', `/api/v1/units/search?q=IMP-${stamp}`, { session: s });
  assert.equal(none.json.units.length, 0, 'a dry run writes nothing');
  const applied = await request('POST', '/api/v1/registry/import', { session: s, body: { kind: 'units', csv: units } });
  const { batch_id, ...counts } = applied.json;
  assert.deepEqual(counts, { dry_run: false, units: 2, versions: 3, events: 0 });
  // every unit and version created is in the audit log under the import's batch
  const rows = await request('GET', `/api/v1/audit?batch_id=${encodeURIComponent(batch_id)}`, { session: await login('admin') });
  assert.equal(rows.status, 200, rows.text);
  const kinds = rows.json.entries.map((e) => e.entity).sort();
  assert.deepEqual(kinds, ['unit', 'unit', 'unit_registry', 'unit_version', 'unit_version', 'unit_version']);
  const tree = await request('GET', '/api/v1/units/tree?date=2026-07-01', { session: s });
  assert.ok(tree.json.units.some((u) => u.code === `IMP-${stamp}-A` && u.name.includes('cơ sở 2')));
  const events = `date,kind,unit_codes,successor_codes,note\n2026-06-01,rename,IMP-${stamp}-A,,Đổi tên theo quyết định\n`;
  const ev = await request('POST', '/api/v1/registry/import', { session: s, body: { kind: 'events', csv: events } });
  assert.equal(ev.json.events, 1);
});

test('a bad CSV is refused whole, with the row and column of every error', async () => {
  const s = await login('so.gddt');
  const csv = [
    'code,valid_from,name,type,parent_code,latitude',
    'BAD-1,2026-02-30,Trường A,MN,VHXH-11311,',
    'BAD-2,2026-01-01,,XYZ,KHONG-CO,',
    'BAD-3,2026-01-01,Trường C,TH,VHXH-11311,200',
    '03002,2026-01-01,Trùng mã,THPT,SGDDT-HP,',
  ].join('\n');
  const r = await request('POST', '/api/v1/registry/import', { session: s, body: { kind: 'units', csv } });
  assert.equal(r.status, 422);
  const rows = r.json.error.rows.map((x) => `${x.row}:${x.column}`);
  for (const want of ['2:valid_from', '3:name', '4:latitude']) assert.ok(rows.includes(want), `${want} in ${rows}`);
  // database checks come after the cell checks: fix the cells and see them
  const csv2 = 'code,valid_from,name,type,parent_code\nBAD-2,2026-01-01,Trường B,XYZ,KHONG-CO\n03002,2026-01-01,Trùng mã,THPT,SGDDT-HP\n';
  const r2 = await request('POST', '/api/v1/registry/import', { session: s, body: { kind: 'units', csv: csv2 } });
  assert.equal(r2.status, 422);
  const rows2 = r2.json.error.rows.map((x) => `${x.row}:${x.column}`);
  for (const want of ['2:type', '2:parent_code', '3:code']) assert.ok(rows2.includes(want), `${want} in ${rows2}`);
  const missing = await request('POST', '/api/v1/registry/import', { session: s, body: { kind: 'units', csv: 'code,name\nX,Y\n' } });
  assert.equal(missing.status, 422);
  assert.equal(missing.json.error.rows[0].column, 'Loại đơn vị');  // a missing column by the template's Vietnamese header
  const ragged = await request('POST', '/api/v1/registry/import', { session: s, body: { kind: 'units', csv: 'code,name,type\nX,Y\n' } });
  assert.equal(ragged.status, 422);
  assert.equal(ragged.json.error.rows[0].row, 2);
});

test('the registry import reads the template\'s Vietnamese headers and event kinds', async () => {
  const s = await login('so.gddt');
  const stamp = Date.now().toString(36).toUpperCase();
  const csv = `Mã đơn vị,Tên đơn vị,Loại đơn vị,Mã đơn vị cấp trên,Hiệu lực từ\nVN-${stamp},Trường Mầm non Nhập Tiếng Việt,MN,SGDDT-HP,2026-01-01\n`;
  const r = await request('POST', '/api/v1/registry/import', { session: s, body: { kind: 'units', dry_run: true, csv } });
  assert.equal(r.status, 200, r.text);
  const bad = await request('POST', '/api/v1/registry/import', { session: s, body: { kind: 'units', dry_run: true, csv: `Mã đơn vị,Tên đơn vị,Loại đơn vị\nX-${stamp},,MN\n` } });
  assert.equal(bad.status, 422);
  assert.deepEqual(bad.json.error.rows.map((x) => `${x.row}:${x.column}`), ['2:Tên đơn vị']);
});
