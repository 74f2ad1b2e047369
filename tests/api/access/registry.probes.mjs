// Access probes: Registry writes.
// Each probe measures one operation over HTTP for a role and a kind of data (own, foreign,
// predecessor, participant) and answers 'allow' or 'deny'; runner.test.mjs compares the
// answers with matrix.csv.
import { POLICE_ROLES, assert, denied, fixtures, login, ok, request, sessionFor, verdict } from './fixtures.mjs';

// Unverified events of one side (police units' codes start with CA), listed by the system
// administrator; verifying one clears its flag, so each attempt takes the next.
async function unverifiedOfSide(police) {
  const sys = await login('quantri.hethong');
  const r = await request('GET', '/api/v1/unit-events/unverified?limit=200', { session: sys });
  assert.equal(r.status, 200, r.text);
  const isPolice = (e) => e.subjects.concat(e.predecessors, e.successors).every((u) => u.code.startsWith('CA'));
  return r.json.events.filter((e) => isPolice(e) === police);
}

export default {
  listUnverifiedEvents: async (role) => verdict(await request('GET', '/api/v1/unit-events/unverified', { session: await sessionFor(role) })),
  verifyUnitEvent: async (role, kind) => {
    const s = await sessionFor(role);
    const police = POLICE_ROLES.has(role) === (kind === 'own');
    const candidates = (await unverifiedOfSide(police)).slice(0, 15);
    assert.ok(candidates.length > 0, 'no unverified event left');
    let last;
    for (const e of candidates) {
      last = await request('POST', `/api/v1/unit-events/${e.id}/verify`, { session: s, body: { source: 'Quyết định số 01/QĐ-UBND (ma trận)' } });
      if (ok(last)) return 'allow';
      if (!denied(last)) return verdict(last);
    }
    return verdict(last);
  },
  // Registry writes on the user's side ("own") and on the other side ("foreign").
  createUnit: async (role, kind) => {
    const f = await fixtures();
    const police = POLICE_ROLES.has(role);
    const parent = (kind === 'own') === !police ? f.eduUnit : f.policeUnit;
    const type = parent === f.eduUnit ? 'MN' : 'CA_DOI';
    return verdict(await request('POST', '/api/v1/units', {
      session: await sessionFor(role), body: { code: `MT-${role}-${kind}-${Date.now()}`, name: 'Đơn vị ma trận', type, parent_id: parent, valid_from: '2026-01-01' },
    }));
  },
  previewUnitEvent: async (role, kind) => {
    const f = await fixtures();
    const target = kind === 'own' ? f.hpSchool : f.policeSection;
    return verdict(await request('POST', '/api/v1/unit-events/preview', { session: await sessionFor(role), body: { kind: 'rename', date: '2026-10-01', unit_ids: [target], name: 'Tên xem trước' } }));
  },
  applyUnitEvent: async (role, kind) => {
    const s = await sessionFor(role);
    const f = await fixtures();
    const admin = await sessionFor('admin');
    let target = f.policeSection;
    if (kind === 'own') {
      const u = await request('POST', '/api/v1/units', { session: admin, body: { code: `MTE-${role}-${Date.now()}`, name: 'Đơn vị đổi tên', type: 'MN', parent_id: f.eduUnit, valid_from: '2026-01-01' } });
      target = u.json.unit.id;
    }
    return verdict(await request('POST', '/api/v1/unit-events', { session: s, body: { kind: 'rename', date: '2026-10-01', unit_ids: [target], name: `Tên mới ${role}` } }));
  },
  importRegistry: async (role, kind) => {
    const row = kind === 'own' ? `MTI-${role},Trường mầm non nhập thử,MN,SGDDT-HP,2026-01-01` : `MTI-${role}-x,Đội nhập thử,CA_DOI,CAHP,2026-01-01`;
    const police = POLICE_ROLES.has(role);
    const csv = `code,name,type,parent_code,valid_from\n${police && kind === 'own' ? `MTI-${role},Đội nhập thử,CA_DOI,CAHP,2026-01-01` : police ? `MTI-${role}-x,Trường nhập thử,MN,SGDDT-HP,2026-01-01` : row}\n`;
    return verdict(await request('POST', '/api/v1/registry/import', { session: await sessionFor(role), body: { kind: 'units', dry_run: true, csv } }));
  },
};
