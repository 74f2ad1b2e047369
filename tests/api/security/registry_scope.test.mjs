// Defect 1 of issue 7: registry writes are scoped to the writer's unit subtree and never link or
// re-parent units across sides (education / police / other). Each attack below succeeded on the
// main of 06/12/2026 (the police administrator took over the education tree).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { request, login, unitId } from '../lib.mjs';

const stamp = Date.now().toString(36).toUpperCase();

test('the police administrator cannot merge the Department into the police by an events import', async () => {
  const ca = await login('admin.ca');
  const csv = `date,kind,unit_codes,successor_codes,note\n2027-01-01,merge,SGDDT-HP,CAHP,x\n`;
  for (const dry_run of [true, false]) {
    const r = await request('POST', '/api/v1/registry/import', { session: ca, body: { kind: 'events', csv, dry_run } });
    assert.equal(r.status, 403, r.text);
    assert.equal(r.json.error.rows[0].row, 2);
  }
  // and the education administrator keeps their account
  const edu = await login('admin');
  assert.equal(edu.user.login, 'admin');
  const users = await request('GET', '/api/v1/users?q=admin', { session: ca });
  assert.ok(!users.json.users.some((u) => u.login === 'admin'), 'no education account in police scope');
});

test('unit-events preview and apply refuse units outside the writer\'s subtree', async () => {
  const ca = await login('admin.ca');
  const dept = await login('so.gddt');
  const sgd = await unitId(dept, 'SGDDT-HP');
  const cahp = await unitId(dept, 'CAHP');
  const school = await unitId(dept, '03002');
  const bodies = [
    { kind: 'merge', date: '2027-01-01', unit_ids: [sgd, school], successor_ids: [cahp] },
    { kind: 'move', date: '2027-01-01', unit_ids: [school], parent_id: cahp },
    { kind: 'rename', date: '2027-01-01', unit_ids: [school], name: 'Chiếm quyền' },
  ];
  for (const body of bodies)
    for (const path of ['/api/v1/unit-events/preview', '/api/v1/unit-events']) {
      const r = await request('POST', path, { session: ca, body });
      assert.equal(r.status, 403, `${path} ${body.kind}: ${r.text}`);
    }
  // The Department may not reach the police tree either.
  const csgt = await unitId(dept, 'CAHP-CSGT');
  const r = await request('POST', '/api/v1/unit-events/preview', { session: dept, body: { kind: 'rename', date: '2027-01-01', unit_ids: [csgt], name: 'X' } });
  assert.equal(r.status, 403, r.text);
});

test('no event links or re-parents units across sides, even for the system administrator', async () => {
  const sys = await login('quantri.hethong');
  const sgd = await unitId(sys, 'SGDDT-HP');
  const cahp = await unitId(sys, 'CAHP');
  const school = await unitId(sys, '03007');
  const commune = await unitId(sys, 'CA-X11311');
  for (const body of [
    { kind: 'move', date: '2027-01-01', unit_ids: [school], parent_id: commune },
    { kind: 'merge', date: '2027-01-01', unit_ids: [sgd], successor_ids: [cahp] },
  ]) {
    const r = await request('POST', '/api/v1/unit-events/preview', { session: sys, body });
    assert.equal(r.status, 422, `${body.kind}: ${r.text}`);
  }
  const csv = `date,kind,unit_codes,successor_codes,note\n2027-01-01,merge,03007,CA-X11311,x\n`;
  const r = await request('POST', '/api/v1/registry/import', { session: sys, body: { kind: 'events', csv, dry_run: true } });
  assert.equal(r.status, 422, r.text);
});

test('a units import may add units only under the writer\'s own units, of the same side', async () => {
  const ca = await login('admin.ca');
  const dept = await login('so.gddt');
  const underEdu = `code,valid_from,name,type,parent_code\nSEC-${stamp}-1,2027-01-01,Trường giả,THPT,SGDDT-HP\n`;
  const r1 = await request('POST', '/api/v1/registry/import', { session: ca, body: { kind: 'units', csv: underEdu, dry_run: true } });
  assert.equal(r1.status, 403, r1.text);
  const policeUnderEdu = `code,valid_from,name,type,parent_code\nSEC-${stamp}-2,2027-01-01,Đội giả,CA_DOI,SGDDT-HP\n`;
  const r2 = await request('POST', '/api/v1/registry/import', { session: dept, body: { kind: 'units', csv: policeUnderEdu, dry_run: true } });
  assert.equal(r2.status, 422, r2.text);
  const root = `code,valid_from,name,type,parent_code\nSEC-${stamp}-3,2027-01-01,Sở khác,SO_GDDT,\n`;
  const r3 = await request('POST', '/api/v1/registry/import', { session: dept, body: { kind: 'units', csv: root, dry_run: true } });
  assert.equal(r3.status, 403, r3.text);
  // the same create through POST /units
  const r4 = await request('POST', '/api/v1/units', { session: ca, body: { code: `SEC-${stamp}-4`, name: 'Trường giả', type: 'THPT', parent_id: await unitId(dept, 'SGDDT-HP'), valid_from: '2027-01-01' } });
  assert.equal(r4.status, 403, r4.text);
  // the Department still edits its own subtree
  const ok = `code,valid_from,name,type,parent_code\nSEC-${stamp}-5,2027-01-01,Trường mới,THPT,SGDDT-HP\n`;
  const r5 = await request('POST', '/api/v1/registry/import', { session: dept, body: { kind: 'units', csv: ok, dry_run: true } });
  assert.equal(r5.status, 200, r5.text);
});
