// Access probes: official documents.
// own: a document of the user's unit (a draft, or for the steps a fresh draft of 03002 brought
// to the step); foreign: a draft of another unit; participant: a document the Department issued
// to the user's unit. Each probe answers 'allow' or 'deny'; runner.test.mjs compares the answers
// with matrix.csv.
import { assert, login, request, sessionFor, unitId, uploadTo, verdict } from './fixtures.mjs';

const DRAFTER = {
  'SGDDT-HP': 'so.gddt', '03002': 'gv.hongbang', 'VHXH-11311': 'vhxh.hongbang', 'CAHP-CSGT': 'csgt', 'CA-X11311': 'ca.hongbang',
};
let fx;
async function docs() {
  if (fx) return fx;
  const s = await login('so.gddt');
  const ids = {};
  for (const code of ['SGDDT-HP', '03002', 'VHXH-11311', 'CAHP-CSGT', 'CA-X11311', 'BAN_ATGT-HP']) ids[code] = await unitId(s, code);
  const drafts = {};
  for (const [code, who] of Object.entries(DRAFTER)) {
    const r = await request('POST', '/api/v1/documents', {
      session: await login(who), body: { type_code: 'cong_van', subject: `Dự thảo ma trận ${code}`, recipients: { units: [ids['SGDDT-HP']], groups: [] } },
    });
    assert.equal(r.status, 201, r.text);
    drafts[ids[code]] = r.json.document.id;
  }
  // Issued by the Department to the units of every other role.
  const d = await request('POST', '/api/v1/documents', {
    session: s,
    body: {
      type_code: 'thong_bao', subject: 'Thông báo ma trận quyền', recipients: { units: ['03002', 'VHXH-11311', 'CAHP-CSGT', 'CA-X11311', 'BAN_ATGT-HP'].map((c) => ids[c]), groups: [] },
    },
  });
  assert.equal(d.status, 201, d.text);
  const id = d.json.document.id;
  for (const [who, step] of [['chanhvp.so', 'check'], ['pgd.so', 'sign']])
    assert.equal((await request('POST', `/api/v1/documents/${id}/${step}`, { session: await login(who) })).status, 200);
  const issued = await request('POST', `/api/v1/documents/${id}/issue`, { session: await login('vanthu.so') });
  assert.equal(issued.status, 200, issued.text);
  fx = { ids, drafts, issued: id };
  return fx;
}

// The user's own draft (nullopt for a unit without drafter), or another unit's draft.
async function draftFor(s, kind) {
  const f = await docs();
  if (kind === 'own') return f.drafts[s.user.unit_id];
  return s.user.unit_id === f.ids['SGDDT-HP'] ? f.drafts[f.ids['03002']] : f.drafts[f.ids['SGDDT-HP']];
}

// Units whose officers are in the demo data, with who drafts, checks, signs and issues there.
const OFFICERS = {
  'SGDDT-HP': { draft: 'so.gddt', check: 'chanhvp.so', sign: 'pgd.so', issue: 'vanthu.so' },
  '03002': { draft: 'gv.hongbang', check: 'bgh.hongbang', sign: 'bgh.hongbang', issue: 'bgh.hongbang' },
};
// A fresh document of `code` brought to `status` by its officers.
async function docAt(code, status) {
  const f = await docs();
  const who = OFFICERS[code];
  const r = await request('POST', '/api/v1/documents', {
    session: await login(who.draft), body: { type_code: 'thong_bao', subject: `Thông báo thử của ${code}`, recipients: { units: [f.ids['VHXH-11311']], groups: [] } },
  });
  assert.equal(r.status, 201, r.text);
  const id = r.json.document.id;
  const steps = { draft: [], checked: ['check'], signed: ['check', 'sign'], issued: ['check', 'sign', 'issue'] }[status];
  for (const step of steps) {
    const s = await login(who[step]);
    const x = await request('POST', `/api/v1/documents/${id}/${step}`, { session: s });
    assert.equal(x.status, 200, x.text);
  }
  return id;
}

// own: a document of the user's unit at the state the step starts from (only the units with
// officers have documents past the draft); foreign: another unit's draft.
async function stepTarget(s, kind, from) {
  const f = await docs();
  if (kind !== 'own') return draftFor(s, 'foreign');
  const code = Object.keys(OFFICERS).find((c) => f.ids[c] === s.user.unit_id);
  return code ? docAt(code, from) : draftFor(s, 'own');
}

export default {
  listDocumentTypes: async (role) => verdict(await request('GET', '/api/v1/document-types', { session: await sessionFor(role) })),
  listDocuments: async (role, kind) => {
    const s = await sessionFor(role);
    const f = await docs();
    if (kind === 'participant') {
      const r = await request('GET', '/api/v1/documents?box=inbox', { session: s });
      if (r.status !== 200) return verdict(r);
      return r.json.documents.some((d) => d.id === f.issued) ? 'allow' : 'deny';
    }
    const r = await request('GET', '/api/v1/documents', { session: s });
    if (r.status !== 200) return verdict(r);
    const want = await draftFor(s, kind);
    return r.json.documents.some((d) => d.id === want) ? 'allow' : 'deny';
  },
  getDocument: async (role, kind) => {
    const s = await sessionFor(role);
    const id = kind === 'participant' ? (await docs()).issued : await draftFor(s, kind);
    return verdict(await request('GET', `/api/v1/documents/${id}`, { session: s }));
  },
  createDocument: async (role) => verdict(await request('POST', '/api/v1/documents', {
    session: await sessionFor(role), body: { type_code: 'cong_van', subject: 'Dự thảo thử quyền' },
  })),
  registerIncomingDocument: async (role) => verdict(await request('POST', '/api/v1/documents/incoming', {
    session: await sessionFor(role), body: { type_code: 'cong_van', number_text: '9/UBND-VP', issued_date: '2026-11-02', sender_name: 'UBND phường', subject: 'Thử vào sổ' },
  })),
  previewDocumentRecipients: async (role) => {
    const f = await docs();
    return verdict(await request('POST', '/api/v1/documents/recipients-preview', {
      session: await sessionFor(role), body: { recipients: { units: [f.ids['03002'], f.ids['SGDDT-HP']], groups: [] } },
    }));
  },
  updateDocument: async (role, kind) => {
    const s = await sessionFor(role);
    const id = await draftFor(s, kind);
    return verdict(await request('PATCH', `/api/v1/documents/${id}`, { session: s, body: { urgency: '' } }));
  },
  checkDocument: async (role, kind) => {
    const s = await sessionFor(role);
    return verdict(await request('POST', `/api/v1/documents/${await stepTarget(s, kind, 'draft')}/check`, { session: s }));
  },
  returnDocument: async (role, kind) => {
    const s = await sessionFor(role);
    return verdict(await request('POST', `/api/v1/documents/${await stepTarget(s, kind, 'checked')}/return`, { session: s, body: { comment: 'Sửa lại trích yếu' } }));
  },
  signDocument: async (role, kind) => {
    const s = await sessionFor(role);
    return verdict(await request('POST', `/api/v1/documents/${await stepTarget(s, kind, 'checked')}/sign`, { session: s }));
  },
  issueDocument: async (role, kind) => {
    const s = await sessionFor(role);
    return verdict(await request('POST', `/api/v1/documents/${await stepTarget(s, kind, 'signed')}/issue`, { session: s }));
  },
  setDocumentEofficeRef: async (role, kind) => {
    const s = await sessionFor(role);
    const id = await stepTarget(s, kind, 'issued');
    return verdict(await request('PUT', `/api/v1/documents/${id}/eoffice-ref`, { session: s, body: { eoffice_ref: 'HP-2026-0001' } }));
  },
  attachDocumentFile: async (role, kind) => {
    const s = await sessionFor(role);
    return verdict(await uploadTo(`/api/v1/documents/${await draftFor(s, kind)}/files?name=phu-luc.pdf`, s));
  },
  listDocumentFiles: async (role, kind) => {
    const s = await sessionFor(role);
    const id = kind === 'participant' ? (await docs()).issued : await draftFor(s, kind);
    return verdict(await request('GET', `/api/v1/documents/${id}/files`, { session: s }));
  },
  listDocumentDeliveries: async (role, kind) => {
    const s = await sessionFor(role);
    const f = await docs();
    const id = kind === 'own' ? await stepTarget(s, kind, 'issued') : kind === 'participant' ? f.issued : await draftFor(s, 'foreign');
    return verdict(await request('GET', `/api/v1/documents/${id}/deliveries`, { session: s }));
  },
  acknowledgeDocument: async (role, kind) => {
    const s = await sessionFor(role);
    const f = await docs();
    const id = kind === 'participant' || kind === 'own' ? f.issued : await draftFor(s, kind);
    return verdict(await request('POST', `/api/v1/documents/${id}/acknowledge`, { session: s }));
  },
  remindDocument: async (role, kind) => {
    const s = await sessionFor(role);
    const f = await docs();
    const id = kind === 'own' ? await stepTarget(s, kind, 'issued') : kind === 'participant' ? f.issued : await draftFor(s, 'foreign');
    return verdict(await request('POST', `/api/v1/documents/${id}/remind`, { session: s }));
  },
  getDocumentSettings: async (role, kind) => {
    const s = await sessionFor(role);
    const f = await docs();
    const unit = kind === 'own' ? s.user.unit_id : (s.user.unit_id === f.ids['CAHP-CSGT'] || s.user.unit_id === f.ids['CA-X11311'] ? f.ids['03002'] : f.ids['CAHP-CSGT']);
    return verdict(await request('GET', `/api/v1/units/${unit}/document-settings`, { session: s }));
  },
  putDocumentSettings: async (role, kind) => {
    const s = await sessionFor(role);
    const f = await docs();
    const unit = kind === 'own' ? s.user.unit_id : (s.user.unit_id === f.ids['CAHP-CSGT'] ? f.ids['03002'] : f.ids['CAHP-CSGT']);
    // Writes back what is there, as read by whoever sees the unit.
    const read = async (who) => (await request('GET', `/api/v1/units/${unit}/document-settings`, { session: who })).json?.settings;
    const cur = (await read(s)) ?? (await read(await login('admin'))) ?? (await read(await login('admin.ca')))
      ?? { abbrev: '', agency_name: 'ĐƠN VỊ THỬ', parent_agency: '', place: 'Hải Phòng', sections: [], officers: [] };
    const abbrev = cur.abbrev || `MT${unit}`;
    const sections = cur.sections.map((x) => ({ abbrev: x.abbrev, name: x.name }));
    const officers = cur.officers.map((o) => ({
      user_id: o.user_id, duty: o.duty, authority: o.authority, authority_title: o.authority_title, title: o.title,
      ...(o.section_id ? { section_abbrev: cur.sections.find((x) => x.id === o.section_id).abbrev } : {}),
    }));
    return verdict(await request('PUT', `/api/v1/units/${unit}/document-settings`, {
      session: s, body: { abbrev, agency_name: cur.agency_name, parent_agency: cur.parent_agency, place: cur.place, sections, officers },
    }));
  },
  getDocumentPdf: async (role, kind) => {
    const s = await sessionFor(role);
    const id = kind === 'participant' ? (await docs()).issued : await draftFor(s, kind);
    return verdict(await request('GET', `/api/v1/documents/${id}/pdf`, { session: s, binary: true }));
  },
  getDocumentDocx: async (role, kind) => {
    const s = await sessionFor(role);
    const id = kind === 'participant' ? (await docs()).issued : await draftFor(s, kind);
    return verdict(await request('GET', `/api/v1/documents/${id}/docx`, { session: s, binary: true }));
  },
  exportOutgoingRegister: async (role) => verdict(await request('GET', '/api/v1/document-registers/outgoing/xlsx', { session: await sessionFor(role), binary: true })),
  exportIncomingRegister: async (role) => verdict(await request('GET', '/api/v1/document-registers/incoming/xlsx', { session: await sessionFor(role), binary: true })),
  listDocumentPeople: async (role, kind) => {
    const s = await sessionFor(role);
    const f = await docs();
    const unit = kind === 'own' ? s.user.unit_id : (s.user.unit_id === f.ids['CAHP-CSGT'] ? f.ids['03002'] : f.ids['CAHP-CSGT']);
    return verdict(await request('GET', `/api/v1/units/${unit}/document-settings/people`, { session: s }));
  },
  getTrackingRegister: async (role) => verdict(await request('GET', '/api/v1/document-registers/tracking', { session: await sessionFor(role) })),
  exportTrackingRegister: async (role) => verdict(await request('GET', '/api/v1/document-registers/tracking/xlsx', { session: await sessionFor(role), binary: true })),
  getOutgoingRegister: async (role) => verdict(await request('GET', '/api/v1/document-registers/outgoing', { session: await sessionFor(role) })),
  getIncomingRegister: async (role) => verdict(await request('GET', '/api/v1/document-registers/incoming', { session: await sessionFor(role) })),
};
