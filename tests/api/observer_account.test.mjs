// Issue 9: every account is manageable by some administrator — the observer (Ban ATGT) included:
// the system administrator lists, edits and resets it; the Department's administrator does not.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { request, login } from './lib.mjs';

test('the observer account is managed by the system administrator', async () => {
  const sys = await login('quantri.hethong');
  const list = await request('GET', '/api/v1/users?q=theodoi', { session: sys });
  assert.equal(list.status, 200);
  const observer = list.json.users.find((u) => u.login === 'theodoi');
  assert.ok(observer, 'the system administrator does not list the observer');
  const edit = await request('PATCH', `/api/v1/users/${observer.id}`, { session: sys, body: { full_name: observer.full_name } });
  assert.equal(edit.status, 200, edit.text);
  const admin = await login('admin');
  const other = await request('GET', '/api/v1/users?q=theodoi', { session: admin });
  assert.ok(!other.json.users.some((u) => u.login === 'theodoi'));
});
