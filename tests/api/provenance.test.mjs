// Issue 9: where registry data came from (file names, dataset fields, derivations) is returned
// only to those who keep the registry; everyone else gets the Vietnamese note and legal basis
// without the key at all.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { request, login, unitId } from './lib.mjs';

test('provenance of a unit and of its events reaches registry editors only', async () => {
  const admin = await login('admin');
  const school = await unitId(admin, '03002');
  for (const name of ['admin', 'so.gddt', 'quantri.hethong']) {
    const s = await login(name);
    const u = await request('GET', `/api/v1/units/${school}`, { session: s });
    assert.equal(u.status, 200);
    assert.ok('provenance' in u.json.unit, `${name}: no provenance`);
    assert.ok(u.json.unit.provenance, `${name}: empty provenance for a generated unit`);
    const h = await request('GET', `/api/v1/units/${school}/history`, { session: s });
    assert.ok(h.json.events.every((e) => 'provenance' in e), name);
  }
  for (const name of ['gv.hongbang', 'bgh.hongbang', 'theodoi', 'csgt']) {
    const s = await login(name);
    const u = await request('GET', `/api/v1/units/${school}`, { session: s });
    assert.equal(u.status, 200);
    assert.ok(!('provenance' in u.json.unit), `${name} received provenance`);
    assert.doesNotMatch(u.json.unit.note ?? '', /\.csv|->|derived/, name);
    const h = await request('GET', `/api/v1/units/${school}/history`, { session: s });
    assert.ok(h.json.events.every((e) => !('provenance' in e)), `${name} received event provenance`);
  }
});
