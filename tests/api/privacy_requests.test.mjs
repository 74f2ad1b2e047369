// Parents' requests about their child's data: the kinds and their deadlines are data with their
// legal source; the school records a request received on a day and the deadline follows; a
// teacher records but only the management answers, before the deadline (on time); the office above
// the school sees that it was answered on time but not the parent's name or the answer; another
// school and the police see nothing; bad input is refused.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { request, login } from './lib.mjs';

const addDays = (iso, n) => new Date(Date.parse(`${iso}T00:00:00Z`) + n * 86400e3).toISOString().slice(0, 10);
const today = () => new Date(Date.now() + 7 * 3600e3).toISOString().slice(0, 10);

test('a parent asks to see the child\'s data; the school answers before the deadline', async () => {
  const gv = await login('gv.hongbang');
  const bgh = await login('bgh.hongbang');
  const kinds = await request('GET', '/api/v1/privacy/request-kinds', { session: gv });
  assert.equal(kinds.status, 200, kinds.text);
  const access = kinds.json.kinds.find((k) => k.code === 'access');
  assert.ok(access && access.source.length > 10, 'each kind names its legal source');
  const s = (await request('GET', '/api/v1/students?limit=5', { session: bgh })).json.students[0];
  const received = addDays(today(), -1);
  const r = await request('POST', '/api/v1/privacy/requests', { session: gv, body: { requester_name: 'Nguyễn Thị Mẹ', relation: 'Mẹ', kind: 'access', student_id: s.id, details: 'Xin xem các thông tin nhà trường lưu về con', received_date: received } });
  assert.equal(r.status, 201, r.text);
  const q = r.json.request;
  assert.equal(q.deadline_date, addDays(received, access.deadline_days));
  assert.equal(q.state, 'open');
  assert.equal(q.can_answer, false);  // a teacher records; the management answers
  assert.equal((await request('POST', `/api/v1/privacy/requests/${q.id}/answer`, { session: gv, body: { answer: 'x' } })).status, 403);
  // Bad answers change nothing: no text, a date that is not one or in the future, an unknown field.
  const tomorrow = addDays(today(), 1);
  for (const [body, field] of [
    [{}, 'answer'],
    [{ answer: '   ' }, 'answer'],
    [{ answer: 'x', answered_date: '2026-02-30' }, 'answered_date'],
    [{ answer: 'x', answered_date: tomorrow }, 'answered_date'],
    [{ answer: 'x', colour: 'red' }, 'colour'],
  ]) {
    const bad = await request('POST', `/api/v1/privacy/requests/${q.id}/answer`, { session: bgh, body });
    assert.equal(bad.status, 422, `${field}: ${bad.text}`);
    assert.ok(bad.json.error.fields?.[field], `${field}: ${bad.text}`);
  }
  const a = await request('POST', `/api/v1/privacy/requests/${q.id}/answer`, { session: bgh, body: { answer: 'Đã cung cấp bản sao thông tin cho phụ huynh tại trường.' } });
  assert.equal(a.status, 200, a.text);
  assert.equal(a.json.request.state, 'answered');
  assert.equal(a.json.request.on_time, true);
  assert.equal((await request('POST', `/api/v1/privacy/requests/${q.id}/answer`, { session: bgh, body: { answer: 'lần hai' } })).status, 409);
  // The Department sees the request and its timeliness, not the parent's name or the answer.
  const dept = (await request('GET', '/api/v1/privacy/requests', { session: await login('so.gddt') })).json.requests.find((x) => x.id === q.id);
  assert.ok(dept);
  assert.equal(dept.requester_name, null);
  assert.equal(dept.answer, null);
  assert.equal(dept.on_time, true);
  // Another school and the police do not see it.
  assert.ok(!(await request('GET', '/api/v1/privacy/requests', { session: await login('gv.ngoquyen') })).json.requests.some((x) => x.id === q.id));
  assert.equal((await request('GET', '/api/v1/privacy/requests', { session: await login('csgt') })).status, 403);
  // A late answer is recorded as late.
  const old = await request('POST', '/api/v1/privacy/requests', { session: bgh, body: { requester_name: 'Trần Văn Cha', kind: 'correction', received_date: addDays(today(), -20) } });
  assert.equal(old.status, 201, old.text);
  assert.equal(old.json.request.overdue, true);
  const late = await request('POST', `/api/v1/privacy/requests/${old.json.request.id}/answer`, { session: bgh, body: { answer: 'Đã sửa ngày sinh theo giấy khai sinh.' } });
  assert.equal(late.json.request.on_time, false);
});

test('bad requests are refused with the field named', async () => {
  const bgh = await login('bgh.hongbang');
  const other = (await request('GET', '/api/v1/students?limit=5', { session: await login('bgh.thuongly') })).json.students[0];  // never at THPT Hồng Bàng
  for (const [body, field] of [
    [{ requester_name: 'A', kind: 'lost', received_date: today() }, 'kind'],
    [{ requester_name: 'A', kind: 'access', received_date: '2099-01-01' }, 'received_date'],
    [{ requester_name: 'A', kind: 'access', received_date: '2025-02-30' }, 'received_date'],
    [{ requester_name: 'A', kind: 'access', received_date: today(), student_id: other.id }, 'student_id'],
    [{ kind: 'access', received_date: today() }, 'requester_name'],
  ]) {
    const r = await request('POST', '/api/v1/privacy/requests', { session: bgh, body });
    assert.equal(r.status, 422, `${field}: ${r.text}`);
    assert.ok(r.json.error.fields?.[field], `${field}: ${r.text}`);
  }
});
