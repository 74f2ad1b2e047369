// Official documents: the seed letter's chain (draft -> check -> sign -> number and issue ->
// delivered to every THPT school -> opened and acknowledged), who may take each step, locking,
// classified documents refused, recipient groups across the 2025 reform, incoming registration,
// the registers and search by number or subject.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { request, login, unitId } from './lib.mjs';

const SEED_SUBJECT = 'Tổ chức triển khai Kế hoạch phối hợp giữa Công an thành phố và Sở GD&ĐT';

async function seedDraft(s) {
  const r = await request('GET', '/api/v1/documents?q=trien khai ke hoach phoi hop', { session: s });
  assert.equal(r.status, 200, r.text);
  return r.json.documents.find((d) => d.subject === SEED_SUBJECT && d.status === 'draft');
}

async function newDraft(s, extra = {}) {
  const dept = await unitId(s, 'SGDDT-HP');
  const settings = await request('GET', `/api/v1/units/${dept}/document-settings`, { session: s });
  const vp = settings.json.settings.sections.find((x) => x.abbrev === 'VP');
  const signer = settings.json.settings.officers.find((o) => o.duty === 'sign');
  const r = await request('POST', '/api/v1/documents', {
    session: s,
    body: {
      type_code: 'cong_van', subject: 'Thử nghiệm quy trình văn bản', section_id: vp.id, signer_id: signer.user_id,
      addressees: ['Hiệu trưởng trường THPT;'], distribution: ['Như trên;', 'Lưu: VT, VP.'],
      body: [{ kind: 'paragraph', text: 'Nội dung **quan trọng** và *nghiêng*.' }, { kind: 'item', label: '1.', text: 'Mục một.' }],
      recipients: { units: [], groups: [{ type: 'THPT', under: dept }] },
      ...extra,
    },
  });
  assert.equal(r.status, 201, r.text);
  return r.json.document;
}

test('the seed letter is a draft of the Department, implementing plan 688 and naming plan 76', async () => {
  const s = await login('so.gddt');
  const d = await seedDraft(s);
  assert.ok(d, 'the seed letter is in the demo data');
  const full = await request('GET', `/api/v1/documents/${d.id}`, { session: s });
  assert.equal(full.status, 200, full.text);
  const doc = full.json.document;
  assert.equal(doc.number, null, 'a draft has no number');
  assert.equal(doc.signer_authority, 'KT. GIÁM ĐỐC');
  assert.equal(doc.signer_title, 'PHÓ GIÁM ĐỐC');
  assert.equal(doc.signer_name, 'Đỗ Thị Hòa');
  const implemented = doc.links.find((l) => l.relation === 'implements');
  assert.equal(implemented.number_text, '688/KHPH-CAHP-SGDĐT');
  assert.equal(doc.links.find((l) => l.relation === 'cites').number_text, '76/KHPH-CAHP-SGDĐT');
  assert.equal(doc.addressees.length, 4);
  // Plan 688 lists the letter among the documents implementing it.
  const plan = await request('GET', `/api/v1/documents/${implemented.target_id}`, { session: s });
  assert.equal(plan.status, 200, plan.text);
  assert.equal(plan.json.document.number_text, '688/KHPH-CAHP-SGDĐT');
});

test('draft -> check -> sign -> issue: each step by its designated officer, then locked and delivered', async () => {
  const drafter = await login('so.gddt');
  const checker = await login('chanhvp.so');
  const signer = await login('pgd.so');
  const clerk = await login('vanthu.so');
  const d = await newDraft(drafter);
  assert.deepEqual(d.body[0], { kind: 'paragraph', text: 'Nội dung **quan trọng** và *nghiêng*.' });

  // Nobody but the designated officer takes a step; steps keep their order.
  let r = await request('POST', `/api/v1/documents/${d.id}/sign`, { session: signer });
  assert.equal(r.status, 409, 'a draft is checked before it is signed');
  r = await request('POST', `/api/v1/documents/${d.id}/check`, { session: drafter });
  assert.equal(r.status, 403, 'the drafter is not the section head');
  r = await request('POST', `/api/v1/documents/${d.id}/issue`, { session: clerk });
  assert.equal(r.status, 409, 'numbers are given after the signature, never before');
  r = await request('POST', `/api/v1/documents/${d.id}/check`, { session: checker });
  assert.equal(r.status, 200, r.text);
  assert.equal(r.json.document.status, 'checked');
  r = await request('PATCH', `/api/v1/documents/${d.id}`, { session: drafter, body: { subject: 'Đổi sau khi kiểm tra' } });
  assert.equal(r.status, 409, 'a checked draft is not edited without being returned');
  r = await request('POST', `/api/v1/documents/${d.id}/sign`, { session: clerk });
  assert.equal(r.status, 403, 'the văn thư does not sign');
  r = await request('POST', `/api/v1/documents/${d.id}/sign`, { session: signer });
  assert.equal(r.status, 200, r.text);
  assert.equal(r.json.document.number, null, 'signed, still without a number');
  r = await request('POST', `/api/v1/documents/${d.id}/issue`, { session: signer });
  assert.equal(r.status, 403, 'only the văn thư numbers');
  r = await request('POST', `/api/v1/documents/${d.id}/issue`, { session: clerk });
  assert.equal(r.status, 200, r.text);
  const issued = r.json.document;
  assert.equal(issued.status, 'issued');
  assert.match(issued.number_text, /^\d{2,}\/SGDĐT-VP$/, 'a công văn: AGENCY-SECTION with a leading zero');
  assert.ok(issued.issued_date);

  // Locked.
  r = await request('PATCH', `/api/v1/documents/${d.id}`, { session: drafter, body: { subject: 'Sửa sau ban hành' } });
  assert.equal(r.status, 409);
  assert.match(r.json.error.message, /sửa đổi, bổ sung hoặc thay thế/);

  // Delivered to every THPT school of the Department today, with its incoming number.
  const deliveries = await request('GET', `/api/v1/documents/${d.id}/deliveries`, { session: clerk });
  assert.equal(deliveries.status, 200, deliveries.text);
  assert.ok(deliveries.json.total > 100, `THPT schools reached: ${deliveries.json.total}`);
  const hb = await unitId(drafter, '03002');
  const mine = deliveries.json.deliveries.find((x) => x.unit_id === hb);
  assert.ok(mine && mine.incoming_number >= 1 && mine.opened_at === null);

  // The principal of 03002 sees it in the inbox, opens it and acknowledges it.
  const principal = await login('bgh.hongbang');
  const inbox = await request('GET', '/api/v1/documents?box=inbox', { session: principal });
  assert.ok(inbox.json.documents.some((x) => x.id === d.id));
  const opened = await request('GET', `/api/v1/documents/${d.id}`, { session: principal });
  assert.equal(opened.status, 200, opened.text);
  assert.ok(opened.json.document.actions.includes('acknowledge'));
  const ack = await request('POST', `/api/v1/documents/${d.id}/acknowledge`, { session: principal });
  assert.equal(ack.status, 200, ack.text);
  assert.ok(ack.json.document.incoming.acknowledged_at);
  const after = await request('GET', `/api/v1/documents/${d.id}/deliveries`, { session: clerk });
  const row = after.json.deliveries.find((x) => x.unit_id === hb);
  assert.equal(row.opened_by_name, 'Vũ Thị Lan');
  assert.ok(row.acknowledged_at);
  assert.equal(after.json.acknowledged, 1);
  // Reminders go to the others only.
  const remind = await request('POST', `/api/v1/documents/${d.id}/remind`, { session: drafter });
  assert.equal(remind.status, 200, remind.text);
  assert.equal(remind.json.reminded, after.json.total - 1);

  // A school that did not receive it, and the police, do not see it.
  const police = await login('csgt');
  assert.equal((await request('GET', `/api/v1/documents/${d.id}`, { session: police })).status, 404);

  // The outgoing register lists it with its number; search finds it by number.
  const reg = await request('GET', '/api/v1/document-registers/outgoing', { session: clerk });
  assert.equal(reg.status, 200, reg.text);
  assert.ok(reg.json.rows.some((x) => x.document_id === d.id && x.cells[0] === issued.number_text));
  const byNumber = await request('GET', `/api/v1/documents?q=${encodeURIComponent(issued.number_text)}`, { session: drafter });
  assert.deepEqual(byNumber.json.documents.map((x) => x.id), [d.id]);
  const incoming = await request('GET', '/api/v1/document-registers/incoming', { session: principal });
  assert.ok(incoming.json.rows.some((x) => x.document_id === d.id && x.cells[3] === issued.number_text));
});

test('classified documents are refused, with where they belong', async () => {
  const s = await login('so.gddt');
  const r = await request('POST', '/api/v1/documents', { session: s, body: { type_code: 'cong_van', subject: 'Văn bản mật', secrecy: 'mat' } });
  assert.equal(r.status, 422, r.text);
  assert.match(r.json.error.message, /Bảo vệ bí mật nhà nước/);
  const list = await request('GET', '/api/v1/documents?q=van ban mat', { session: s });
  assert.equal(list.json.documents.length, 0, 'nothing stored');
});

test('recipient groups resolve on the registry of the sending date: district offices before the reform, commune offices after', async () => {
  const s = await login('so.gddt');
  const dept = await unitId(s, 'SGDDT-HP');
  const preview = (date, type) => request('POST', '/api/v1/documents/recipients-preview', {
    session: s, body: { date, recipients: { units: [], groups: [{ type, under: dept }] } },
  });
  const before = await preview('2025-03-15', 'PHONG_GDDT');
  assert.equal(before.status, 200, before.text);
  assert.ok(before.json.resolution.total >= 14, `district offices on 15/3/2025: ${before.json.resolution.total}`);
  const gone = await preview('2025-09-15', 'PHONG_GDDT');
  assert.equal(gone.status, 422, 'no district office after 1/7/2025: an empty total is an error');
  const after = await preview('2025-09-15', 'PHONG_VHXH');
  assert.equal(after.status, 200, after.text);
  assert.ok(after.json.resolution.total >= 100, `commune offices on 15/9/2025: ${after.json.resolution.total}`);
  const none = await preview('2025-03-15', 'PHONG_VHXH');
  assert.equal(none.status, 422);
  // A group with no unit beside one with units: only the total must not be empty.
  const mixed = await request('POST', '/api/v1/documents/recipients-preview', {
    session: s, body: { date: '2025-09-15', recipients: { units: [], groups: [{ type: 'DV_TRUC_THUOC', under: dept }, { type: 'THPT', under: dept }] } },
  });
  assert.equal(mixed.status, 200, mixed.text);
  assert.equal(mixed.json.resolution.groups[0].units.length, 0);
  assert.ok(mixed.json.resolution.groups[1].units.length > 100);
});

test('a văn thư registers a document from outside; the Ministry directive is in the incoming register', async () => {
  const clerk = await login('vanthu.so');
  const reg = await request('GET', '/api/v1/document-registers/incoming?year=2023', { session: clerk });
  assert.equal(reg.status, 200, reg.text);
  assert.ok(reg.json.rows.some((x) => x.cells[3] === '31/CT-TTg'), 'Directive 31 registered as incoming');
  const bad = await request('POST', '/api/v1/documents/incoming', {
    session: clerk, body: { type_code: 'cong_van', number_text: '12', issued_date: '2026-02-30', sender_name: 'Bộ GD&ĐT', subject: 'x' },
  });
  assert.equal(bad.status, 422);
  assert.ok(bad.json.error.fields.issued_date && bad.json.error.fields.number_text);
  const ok = await request('POST', '/api/v1/documents/incoming', {
    session: clerk, body: { type_code: 'cong_van', number_text: '4567/BGDĐT-GDCTHSSV', issued_date: '2026-11-20', sender_name: 'Bộ Giáo dục và Đào tạo', subject: 'Tăng cường giáo dục an toàn giao thông dịp cuối năm' },
  });
  assert.equal(ok.status, 201, ok.text);
  assert.equal(ok.json.document.status, 'registered');
  assert.ok(ok.json.document.incoming.incoming_number >= 1);
  const drafter = await login('so.gddt');
  const notClerk = await request('POST', '/api/v1/documents/incoming', {
    session: drafter, body: { type_code: 'cong_van', number_text: '1/X', issued_date: '2026-11-20', sender_name: 'X', subject: 'Y' },
  });
  assert.equal(notClerk.status, 403, 'only the văn thư registers incoming documents');
});

test('document settings: read by those who see the unit, written by its management, officers of the unit only', async () => {
  const principal = await login('bgh.hongbang');
  const hb = await unitId(principal, '03002');
  const cur = await request('GET', `/api/v1/units/${hb}/document-settings`, { session: principal });
  assert.equal(cur.status, 200, cur.text);
  assert.equal(cur.json.settings.abbrev, 'THPTHB');
  const teacher = await login('gv.hongbang');
  const denied = await request('PUT', `/api/v1/units/${hb}/document-settings`, {
    session: teacher, body: { abbrev: 'X', agency_name: 'X', place: 'Hải Phòng', sections: [], officers: [] },
  });
  assert.equal(denied.status, 403);
  const other = await request('GET', '/api/v1/users?q=gv.ngoquyen', { session: await login('admin') });
  const foreignUser = other.json.users[0].id;
  const bad = await request('PUT', `/api/v1/units/${hb}/document-settings`, {
    session: principal, body: { abbrev: 'THPTHB', agency_name: 'TRƯỜNG THPT HỒNG BÀNG', place: 'Hải Phòng', sections: [], officers: [{ user_id: foreignUser, duty: 'clerk' }] },
  });
  assert.equal(bad.status, 422, 'an officer must be a user of the unit');
  const taken = await request('PUT', `/api/v1/units/${hb}/document-settings`, {
    session: principal, body: { abbrev: 'SGDĐT', agency_name: 'TRƯỜNG THPT HỒNG BÀNG', place: 'Hải Phòng', sections: [], officers: [] },
  });
  assert.equal(taken.status, 422, 'another unit holds SGDĐT');
});

test('a checked draft is returned with a reason and edited again; a signed copy must be a PDF of a signed document', async () => {
  const drafter = await login('so.gddt');
  const checker = await login('chanhvp.so');
  const d = await newDraft(drafter);
  assert.equal((await request('POST', `/api/v1/documents/${d.id}/check`, { session: checker })).status, 200);
  const noReason = await request('POST', `/api/v1/documents/${d.id}/return`, { session: checker, body: { comment: '' } });
  assert.equal(noReason.status, 422);
  const back = await request('POST', `/api/v1/documents/${d.id}/return`, { session: checker, body: { comment: 'Sửa trích yếu' } });
  assert.equal(back.status, 200, back.text);
  assert.equal(back.json.document.status, 'draft');
  const edit = await request('PATCH', `/api/v1/documents/${d.id}`, { session: drafter, body: { subject: 'Trích yếu đã sửa' } });
  assert.equal(edit.status, 200, edit.text);
  assert.equal(edit.json.document.subject, 'Trích yếu đã sửa');
  const early = await request('POST', `/api/v1/documents/${d.id}/files?name=ban-ky.pdf&signed=1`, {
    session: drafter, raw: Buffer.from('%PDF-1.4\n%%EOF\n'), headers: { 'content-type': 'application/octet-stream' },
  });
  assert.equal(early.status, 409, 'no signed copy before the signature');
});

test('PDF and DOCX of the seed letter: the current state rendered synchronously in the Decree 30 layout', async () => {
  const s = await login('so.gddt');
  const d = await seedDraft(s);
  const pdf = await request('GET', `/api/v1/documents/${d.id}/pdf`, { session: s, binary: true });
  assert.equal(pdf.status, 200);
  assert.equal(pdf.headers.get('content-type'), 'application/pdf');
  assert.equal(pdf.bytes.subarray(0, 5).toString(), '%PDF-');
  const docx = await request('GET', `/api/v1/documents/${d.id}/docx`, { session: s, binary: true });
  assert.equal(docx.status, 200);
  assert.match(docx.headers.get('content-type'), /wordprocessingml/);
  assert.equal(docx.bytes.subarray(0, 2).toString(), 'PK');
  const police = await login('csgt');
  assert.equal((await request('GET', `/api/v1/documents/${d.id}/pdf`, { session: police, binary: true })).status, 404);
  const xlsx = await request('GET', '/api/v1/document-registers/incoming/xlsx?year=2023', { session: await login('vanthu.so'), binary: true });
  assert.equal(xlsx.status, 200);
  assert.match(xlsx.headers.get('content-type'), /spreadsheetml/);
});

test('a draft presented to no signer carries the signing block of whoever signs it', async () => {
  const drafter = await login('so.gddt');
  const d = await newDraft(drafter, { signer_id: null });
  assert.equal(d.signer_name, '');
  assert.equal((await request('POST', `/api/v1/documents/${d.id}/check`, { session: await login('chanhvp.so') })).status, 200);
  const signed = await request('POST', `/api/v1/documents/${d.id}/sign`, { session: await login('pgd.so') });
  assert.equal(signed.status, 200, signed.text);
  assert.equal(signed.json.document.signer_name, 'Đỗ Thị Hòa');
  assert.equal(signed.json.document.signer_authority, 'KT. GIÁM ĐỐC');
  assert.equal(signed.json.document.signer_title, 'PHÓ GIÁM ĐỐC');
});

test('a unit keeps a separate register for decisions: numbered from 01 there, the công văn register goes on', async () => {
  const admin = await login('admin');
  const sgd = await unitId(admin, 'SGDDT-HP');
  const cur = (await request('GET', `/api/v1/units/${sgd}/document-settings`, { session: admin })).json.settings;
  const sectionAbbrev = (id) => cur.sections.find((x) => x.id === id)?.abbrev;
  const body = {
    abbrev: cur.abbrev, agency_name: cur.agency_name, parent_agency: cur.parent_agency, place: cur.place,
    sections: cur.sections.map((x) => ({ abbrev: x.abbrev, name: x.name })),
    officers: cur.officers.map((o) => ({ user_id: o.user_id, duty: o.duty, authority: o.authority, authority_title: o.authority_title, title: o.title, ...(o.section_id ? { section_abbrev: sectionAbbrev(o.section_id) } : {}) })),
  };
  const bad = await request('PUT', `/api/v1/units/${sgd}/document-settings`, { session: admin, body: { ...body, registers: [{ type_code: 'khong_co', name: 'Sổ lạ' }] } });
  assert.equal(bad.status, 422);
  const put = await request('PUT', `/api/v1/units/${sgd}/document-settings`, { session: admin, body: { ...body, registers: [{ type_code: 'quyet_dinh', name: 'Sổ quyết định' }] } });
  assert.equal(put.status, 200, put.text);
  assert.deepEqual(put.json.settings.registers, [{ type_code: 'quyet_dinh', name: 'Sổ quyết định' }]);
  const drafter = await login('so.gddt');
  const issue = async (type) => {
    const d = await newDraft(drafter, { type_code: type, subject: `Sổ riêng ${type}` });
    for (const [who, step] of [['chanhvp.so', 'check'], ['pgd.so', 'sign'], ['vanthu.so', 'issue']])
      assert.equal((await request('POST', `/api/v1/documents/${d.id}/${step}`, { session: await login(who) })).status, 200);
    return (await request('GET', `/api/v1/documents/${d.id}`, { session: drafter })).json.document;
  };
  const cv = await issue('cong_van');
  const qd = await issue('quyet_dinh');
  assert.equal(qd.number, 1, 'the first decision of the year in its own register');
  assert.match(qd.number_text, /^01\/QĐ-SGDĐT$/);
  assert.ok(cv.number >= 1);
  const after = (await request('GET', `/api/v1/units/${sgd}/document-settings`, { session: admin })).json.settings;
  assert.ok(after.counters.some((x) => x.name === 'Sổ quyết định' && x.next_number === 2));
});
