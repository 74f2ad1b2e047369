// The breach log: an administrator records an incident detected at an instant; the 72-hour
// notification deadline follows; notifying the authority before it is on time, after it late;
// closing needs the notification first; a closed incident is final; other units and roles see
// nothing; bad input is refused.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { request, login } from './lib.mjs';

// "YYYY-MM-DDTHH:MM" Vietnam time, `hours` from now.
const local = (hours) => new Date(Date.now() + (7 + hours) * 3600e3).toISOString().slice(0, 16);

test('record, notify within 72 hours, close', async () => {
  const admin = await login('admin');
  const r = await request('POST', '/api/v1/privacy/breaches', { session: admin, body: { detected_at: local(-10), description: 'Một tệp danh sách học sinh bị gửi nhầm qua thư điện tử cho người ngoài', data_affected: 'Họ tên, ngày sinh, lớp', subjects_count: 35 } });
  assert.equal(r.status, 201, r.text);
  const b = r.json.breach;
  assert.ok(b.hours_left >= 61 && b.hours_left <= 62, String(b.hours_left));
  assert.equal(b.overdue, false);
  const early = await request('POST', `/api/v1/privacy/breaches/${b.id}`, { session: admin, body: { close: true } });
  assert.equal(early.status, 422, early.text);
  const n = await request('POST', `/api/v1/privacy/breaches/${b.id}`, { session: admin, body: { authority_notified_at: local(-1), authority_reference: 'A05-2026-123', subjects_notified_at: local(-1), measures: 'Đề nghị người nhận xóa thư; nhắc quy trình gửi tệp' } });
  assert.equal(n.status, 200, n.text);
  assert.equal(n.json.breach.notified_on_time, true);
  const closed = await request('POST', `/api/v1/privacy/breaches/${b.id}`, { session: admin, body: { close: true } });
  assert.equal(closed.status, 200, closed.text);
  assert.ok(closed.json.breach.closed_at);
  assert.equal((await request('POST', `/api/v1/privacy/breaches/${b.id}`, { session: admin, body: { measures: 'x' } })).status, 409);
  // Late: detected 100 hours ago, not notified.
  const old = await request('POST', '/api/v1/privacy/breaches', { session: admin, body: { detected_at: local(-100), description: 'Máy tính của văn phòng bị nhiễm mã độc' } });
  assert.equal(old.json.breach.overdue, true);
  const late = await request('POST', `/api/v1/privacy/breaches/${old.json.breach.id}`, { session: admin, body: { authority_notified_at: local(-1) } });
  assert.equal(late.json.breach.notified_on_time, false);
  // The Department (same unit) sees them; the police administrator and a school do not.
  assert.ok((await request('GET', '/api/v1/privacy/breaches', { session: await login('so.gddt') })).json.breaches.some((x) => x.id === b.id));
  assert.ok(!(await request('GET', '/api/v1/privacy/breaches', { session: await login('admin.ca') })).json.breaches.some((x) => x.id === b.id));
  assert.equal((await request('POST', `/api/v1/privacy/breaches/${b.id}`, { session: await login('admin.ca'), body: { measures: 'x' } })).status, 404);
  assert.equal((await request('GET', '/api/v1/privacy/breaches', { session: await login('bgh.hongbang') })).status, 403);
  for (const [body, field] of [
    [{ detected_at: local(5), description: 'x' }, 'detected_at'],
    [{ detected_at: '2026-13-01T07:00', description: 'x' }, 'detected_at'],
    [{ detected_at: local(-1) }, 'description'],
    [{ detected_at: local(-1), description: 'x', subjects_count: -3 }, 'subjects_count'],
  ]) {
    const x = await request('POST', '/api/v1/privacy/breaches', { session: admin, body });
    assert.equal(x.status, 422, `${field}: ${x.text}`);
    assert.ok(x.json.error.fields?.[field], `${field}: ${x.text}`);
  }
  const before = await request('POST', `/api/v1/privacy/breaches/${old.json.breach.id}`, { session: admin, body: { authority_notified_at: local(-200) } });
  assert.equal(before.status, 422);
});
