// Per-noun registration (issue 8): the session lists the caller's capabilities, routes are
// refused by capability, and a file attached to a kind of object that no noun registers is
// hidden from every user and reported by `atgt check`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { BIN, newDatabase, env, sql, startServer, exited } from './procs.mjs';
import { request, login, openapi } from './lib.mjs';

test('login and GET /session list the capabilities of the roles; routes need theirs', async () => {
  const doc = await openapi();
  const known = new Set();
  for (const ops of Object.values(doc.paths))
    for (const op of Object.values(ops)) if (op['x-capability']) known.add(op['x-capability']);
  const expect = {
    admin: ['manage_users', 'edit_registry', 'read_audit', 'operate_system', 'attach_files'],
    'gv.hongbang': ['read_registry', 'attach_files'],
    theodoi: ['read_registry'],
    'quantri.hethong': ['manage_global_settings', 'manage_users'],
  };
  for (const [name, must] of Object.entries(expect)) {
    const s = await login(name);
    const r = await request('POST', '/api/v1/session', { body: { login: name, password: 'ATGT-HocDuong-2026' } });
    const again = await request('GET', '/api/v1/session', { session: s });
    assert.deepEqual(r.json.capabilities, again.json.capabilities, name);
    for (const c of must) assert.ok(again.json.capabilities.includes(c), `${name} lacks ${c}`);
    // every route's capability: held ⇔ listed
    for (const c of known) {
      const held = again.json.capabilities.includes(c);
      if (name === 'gv.hongbang') assert.equal(held, ['attach_files', 'view_enrolments', 'draft_documents', 'report_tasks', 'view_students', 'record_commitments', 'view_match_queue', 'view_notices', 'handle_notices', 'view_violation_stats', 'view_accidents', 'privacy_requests'].includes(c), `${name} ${c}`);
      if (name === 'theodoi') assert.equal(held, c === 'view_enrolments' || c === 'view_violation_stats' || c === 'view_accidents', `${name} ${c}`);
    }
  }
  const teacher = await login('gv.hongbang');
  assert.equal((await request('GET', '/api/v1/users', { session: teacher })).status, 403);
  assert.equal((await request('GET', '/api/v1/scheduler', { session: teacher })).status, 403);
  const police = await login('csgt');
  const ps = await request('GET', '/api/v1/session', { session: police });
  assert.ok(!ps.json.capabilities.includes('view_enrolments'));
  assert.ok(ps.json.capabilities.includes('attach_files'));
  assert.equal((await request('GET', '/api/v1/enrolments', { session: police })).status, 403);
});

const skip = !BIN && 'ATGT_TEST_BIN unset';

test('a file of an unregistered owner kind is hidden and `atgt check` reports it', { skip }, async () => {
  const url = newDatabase();
  const run = (args) => spawnSync(BIN, args, { env: env(url), timeout: 20000 });
  assert.equal(run(['seed-demo']).status, 0);
  const srv = await startServer(url);
  try {
    const s = await login('gv.hongbang', undefined, srv.url);
    const pdf = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');
    const up = await request('POST', `/api/v1/units/${s.user.unit_id}/files?name=ke-hoach.pdf`,
      { session: s, raw: pdf, headers: { 'content-type': 'application/octet-stream' }, base: srv.url });
    assert.equal(up.status, 201, up.text);
    const id = up.json.file.id;
    assert.equal((await request('GET', `/api/v1/files/${id}`, { session: s, base: srv.url })).status, 200);
    assert.equal(run(['check']).status, 0);
    sql(url, `UPDATE files SET owner_kind = 'bien_ban_la' WHERE id = ${id}`);
    const hidden = await request('GET', `/api/v1/files/${id}`, { session: s, base: srv.url });
    assert.equal(hidden.status, 404);
    const del = await request('DELETE', `/api/v1/files/${id}`, { session: s, base: srv.url });
    assert.equal(del.status, 404);
    const c = run(['check']);
    assert.equal(c.status, 1);
    assert.match(c.stdout.toString(), /^file_owner - bien_ban_la:/m);
  } finally {
    srv.child.kill('SIGTERM');
    await exited(srv.child);
  }
});
