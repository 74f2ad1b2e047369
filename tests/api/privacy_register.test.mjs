// The register of processing purposes, the impact assessment dossier and the retention purge as
// users meet them: each purpose has its legal basis and its retention (the violation loop's is the
// one the nightly purge applies); the Department edits, a principal reads; every bad input is a
// 422 naming the field; the dossier's risks and reviews; and the demo's notices closed more than
// the retention ago show a pseudonym, no letter to the family, and records without personal data.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { request, login } from './lib.mjs';

const editable = (p) => {
  const { name, description, legal_basis, data_categories, data_subjects, recipients, retention_days, retention_note } = p;
  return { name, description, legal_basis, data_categories, data_subjects, recipients, retention_days, retention_note };
};

test('the register of processing purposes: legal bases and retention per purpose', async () => {
  const so = await login('so.gddt');
  const r = await request('GET', '/api/v1/privacy/purposes', { session: so });
  assert.equal(r.status, 200, r.text);
  assert.equal(r.json.can_edit, true);
  const loop = r.json.purposes.find((p) => p.code === 'violation_handling');
  assert.ok(loop, r.text);
  assert.match(loop.legal_basis, /36\/2024\/QH15/);
  assert.equal(loop.retention_days, 1095);
  assert.equal(loop.effective_retention_days, 1095);
  const roster = r.json.purposes.find((p) => p.code === 'student_roster');
  assert.equal(roster.retention_days, null);
  assert.equal(roster.effective_retention_days, r.json.general_retention_days);
  for (const p of r.json.purposes) for (const f of ['legal_basis', 'data_categories', 'data_subjects', 'recipients']) assert.ok(p[f].length > 10, `${p.code}.${f}`);

  // The Department shortens the retention; the change is kept and audited; then it is put back.
  const put = await request('PUT', '/api/v1/privacy/purposes/violation_handling', { session: so, body: { ...editable(loop), retention_days: 730 } });
  assert.equal(put.status, 200, put.text);
  assert.equal(put.json.purpose.retention_days, 730);
  assert.ok(put.json.purpose.updated_by_name);
  const audit = await request('GET', '/api/v1/audit?entity=processing_purpose', { session: await login('quantri.hethong') });
  assert.equal(audit.status, 200, audit.text);
  assert.ok(JSON.stringify(audit.json).includes('violation_handling'), audit.text);
  const back = await request('PUT', '/api/v1/privacy/purposes/violation_handling', { session: so, body: editable(loop) });
  assert.equal(back.json.purpose.retention_days, 1095);

  for (const [body, field] of [
    [{ ...editable(loop), retention_days: 0 }, 'retention_days'],
    [{ ...editable(loop), retention_days: 36501 }, 'retention_days'],
    [{ ...editable(loop), legal_basis: '   ' }, 'legal_basis'],
    [{ ...editable(loop), recipients: '' }, 'recipients'],
    [(({ retention_days, ...rest }) => rest)(editable(loop)), 'retention_days'],
  ]) {
    const x = await request('PUT', '/api/v1/privacy/purposes/violation_handling', { session: so, body });
    assert.equal(x.status, 422, `${field}: ${x.text}`);
    assert.ok(x.json.error.fields?.[field], `${field}: ${x.text}`);
  }
  assert.equal((await request('PUT', '/api/v1/privacy/purposes/no_such_purpose', { session: so, body: editable(loop) })).status, 404);
  // A principal reads, cannot edit; a teacher and the police do not read.
  const bgh = await login('bgh.hongbang');
  const read = await request('GET', '/api/v1/privacy/purposes', { session: bgh });
  assert.equal(read.status, 200);
  assert.equal(read.json.can_edit, false);
  assert.equal((await request('PUT', '/api/v1/privacy/purposes/violation_handling', { session: bgh, body: editable(loop) })).status, 403);
  assert.equal((await request('GET', '/api/v1/privacy/purposes', { session: await login('gv.hongbang') })).status, 403);
  assert.equal((await request('GET', '/api/v1/privacy/dpia', { session: await login('csgt') })).status, 403);
});

test('the impact assessment dossier: risks, measures, reviews', async () => {
  const so = await login('so.gddt');
  const d = await request('GET', '/api/v1/privacy/dpia', { session: so });
  assert.equal(d.status, 200, d.text);
  assert.ok(d.json.risks.length >= 4);
  assert.ok(d.json.risks.every((k) => k.purpose_name && k.measures));
  const body = { purpose_code: 'violation_handling', risk: 'Ảnh chụp biên bản có thông tin người khác', likelihood: 'medium', impact: 'high', measures: 'Chỉ nhà trường của học sinh xem tệp minh chứng', residual: 'low' };
  const c = await request('POST', '/api/v1/privacy/dpia/risks', { session: so, body });
  assert.equal(c.status, 201, c.text);
  const id = c.json.risk.id;
  assert.equal(c.json.risk.purpose_name, d.json.purposes.find((p) => p.code === 'violation_handling').name);
  const u = await request('PUT', `/api/v1/privacy/dpia/risks/${id}`, { session: so, body: { ...body, residual: 'medium' } });
  assert.equal(u.status, 200, u.text);
  assert.equal(u.json.risk.residual, 'medium');
  for (const [b, field] of [
    [{ ...body, impact: 'severe' }, 'impact'],
    [{ ...body, purpose_code: 'nope' }, 'purpose_code'],
    [{ ...body, measures: '' }, 'measures'],
  ]) {
    const x = await request('POST', '/api/v1/privacy/dpia/risks', { session: so, body: b });
    assert.equal(x.status, 422, `${field}: ${x.text}`);
    assert.ok(x.json.error.fields?.[field], `${field}: ${x.text}`);
  }
  assert.equal((await request('DELETE', `/api/v1/privacy/dpia/risks/${id}`, { session: so })).status, 204);
  assert.equal((await request('DELETE', `/api/v1/privacy/dpia/risks/${id}`, { session: so })).status, 404);
  assert.equal((await request('PUT', `/api/v1/privacy/dpia/risks/${id}`, { session: so, body })).status, 404);

  const future = new Date(Date.now() + 7 * 3600e3 + 5 * 86400e3).toISOString().slice(0, 10);
  for (const [b, field] of [
    [{ reviewed_on: '2026-02-30', conclusion: 'x' }, 'reviewed_on'],
    [{ reviewed_on: future, conclusion: 'x' }, 'reviewed_on'],
    [{ reviewed_on: '2026-03-01', conclusion: '' }, 'conclusion'],
    [{ reviewed_on: '2026-03-01', conclusion: 'x', next_review_on: '2026-02-01' }, 'next_review_on'],
  ]) {
    const x = await request('POST', '/api/v1/privacy/dpia/reviews', { session: so, body: b });
    assert.equal(x.status, 422, `${field}: ${x.text}`);
    assert.ok(x.json.error.fields?.[field], `${field}: ${x.text}`);
  }
  const rv = await request('POST', '/api/v1/privacy/dpia/reviews', { session: so, body: { reviewed_on: '2026-03-01', conclusion: 'Biện pháp đủ; bổ sung rủi ro tệp minh chứng', next_review_on: '2026-09-01' } });
  assert.equal(rv.status, 201, rv.text);
  const after = await request('GET', '/api/v1/privacy/dpia', { session: await login('bgh.hongbang') });
  assert.equal(after.json.can_edit, false);
  assert.equal(after.json.reviews[0].id, rv.json.review.id);
  assert.equal(after.json.next_review_on, '2026-09-01');
  assert.equal(after.json.review_overdue, true);  // 1/9/2026 is past
});

test('notices past the retention: a pseudonym, no letter, records without personal data, statistics kept', async () => {
  const so = await login('so.gddt');
  const list = await request('GET', '/api/v1/notices?state=closed&limit=500', { session: so });
  assert.equal(list.status, 200, list.text);
  const purged = list.json.notices.filter((n) => n.purged_at);
  const kept = list.json.notices.filter((n) => !n.purged_at);
  assert.ok(purged.length > 0 && kept.length > 0, `${purged.length} purged, ${kept.length} kept`);
  for (const n of purged) {
    assert.match(n.student.full_name, /^Ẩn danh HS-[A-Z2-9]{8}$/);
    assert.equal(n.student.birth_date, null);
    assert.equal(n.record.full_name, '');
    assert.equal(n.record.birth_date, null);
    assert.equal(n.summary, null);
    assert.ok(n.record.legal_code, 'the code stays for the statistics');
  }
  // Purged notices are those closed longer ago than the purpose's 1,095 days.
  const cutoff = Date.now() - 1095 * 86400e3;
  for (const n of purged) assert.ok(Date.parse(n.closed_at) < cutoff, n.closed_at);
  for (const n of kept) assert.ok(Date.parse(n.closed_at) >= cutoff - 86400e3, n.closed_at);
  const letter = await request('GET', `/api/v1/notices/${purged[0].id}/letter`, { session: await login('bgh.hongbang') });
  assert.ok([404, 409].includes(letter.status), letter.text);
  const own = purged.find((n) => n.school_code === '03002');
  if (own) {
    const l = await request('GET', `/api/v1/notices/${own.id}/letter`, { session: await login('bgh.hongbang') });
    assert.equal(l.status, 409, l.text);
    assert.match(l.json.error.message, /thời hạn lưu trữ/);
  }
});
