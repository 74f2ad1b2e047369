// Defect 12 of issue 7: audit gaps. On the main of 06/12/2026 a registry change left one summary
// row, password-reset requests were stored without a user and shown to every administrator
// (the police administrator included, with the target and the address), and any administrator
// could edit the global email templates that carry reset links.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { request, login, unitId, uniqueLogin } from '../lib.mjs';

test('a registry change audits every version it ends or starts, in one batch', async () => {
  const s = await login('so.gddt');
  const admin = await login('admin');
  const stamp = Date.now().toString(36).toUpperCase();
  const office = await unitId(s, 'VHXH-11311');
  const other = await unitId(s, 'VHXH-11329');
  const made = await request('POST', '/api/v1/units', { session: s, body: { code: `AUD-${stamp}`, name: 'Trường Audit', type: 'TH', parent_id: office, valid_from: '2026-01-01' } });
  assert.equal(made.status, 201, made.text);
  const id = made.json.unit.id;
  const mv = await request('POST', '/api/v1/unit-events', { session: s, body: { kind: 'move', date: '2026-10-01', unit_ids: [id], parent_id: other } });
  assert.equal(mv.status, 201, mv.text);
  const rows = await request('GET', `/api/v1/audit?batch_id=unit_event:${mv.json.event_id}`, { session: admin });
  assert.equal(rows.status, 200, rows.text);
  const actions = rows.json.entries.map((e) => `${e.action}:${e.entity}`).sort();
  assert.deepEqual(actions, ['apply_move:unit_event', 'end:unit_version', 'move:unit_version']);
  const moved = rows.json.entries.find((e) => e.action === 'move');
  assert.deepEqual(moved.changes.parent_id, [office, other]);
});

test('password-reset requests are visible only to administrators of the account\'s unit', async () => {
  const edu = await login('admin');
  const name = uniqueLogin('reset');
  const made = await request('POST', '/api/v1/users', { session: edu, body: { login: name, full_name: 'Người Quên Mật Khẩu', email: `${name}@example.edu.vn`, unit_id: await unitId(edu, '03002'), roles: ['school_staff'], password: 'Mot-mat-khau-dai-2026' } });
  assert.equal(made.status, 201, made.text);
  const r = await fetch(`${process.env.ATGT_TEST_BASE_URL}/api/v1/password-reset`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ login: name }) });
  assert.equal(r.status, 202);
  const police = await login('admin.ca');
  // The request is handled after the answer (the same work for any login): wait for its row.
  let req;
  for (let i = 0; i < 50 && !req; i++) {
    const mine = await request('GET', '/api/v1/audit?entity=user', { session: edu });
    req = mine.json.entries.find((e) => e.action === 'request_password_reset' && e.user_login === name);
    if (!req) await new Promise((r) => setTimeout(r, 200));
  }
  assert.ok(req, 'the education administrator sees the request');
  assert.equal(req.user_login, name);
  const theirs = await request('GET', '/api/v1/audit?entity=user', { session: police });
  assert.ok(!theirs.json.entries.some((e) => e.action === 'request_password_reset'), 'the police administrator does not');
  const any = await request('GET', '/api/v1/audit?limit=200', { session: police });
  assert.ok(!any.json.entries.some((e) => e.user_id === null), 'no row without a user for the police administrator');
});

test('global email templates are edited only by the system administrator', async () => {
  const admin = await login('admin');
  const list = await request('GET', '/api/v1/notification-templates', { session: admin });
  const tpl = list.json.templates[0];
  const body = { email_subject: tpl.email_subject };
  assert.equal((await request('PATCH', `/api/v1/notification-templates/${tpl.code}`, { session: admin, body })).status, 403);
  const sys = await login('quantri.hethong');
  assert.equal((await request('PATCH', `/api/v1/notification-templates/${tpl.code}`, { session: sys, body })).status, 200);
});
