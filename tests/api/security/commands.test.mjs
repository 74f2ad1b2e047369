// Defects 2 and 8 of issue 7 from the command line: a fresh production install has no published
// password (the first administrator comes from `atgt create-admin`; demo accounts only with
// ATGT_DEMO=1; `atgt serve` refuses to start while a published demo password is enabled) and
// `atgt check` reports a cycle in a database and exits 1.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { BIN, newDatabase, env, sql, startServer, exited } from '../procs.mjs';
import { request, login } from '../lib.mjs';

const skip = !BIN && 'ATGT_TEST_BIN unset';
const run = (url, args, extra = {}, input = '') => {
  const r = spawnSync(BIN, args, { env: env(url, extra), input, timeout: 20000 });
  return { status: r.status, out: r.stdout.toString(), err: r.stderr.toString() };
};

test('serve refuses published demo passwords unless ATGT_DEMO=1; demo-accounts disable fixes it', { skip }, async () => {
  const url = newDatabase();
  assert.equal(run(url, ['seed-demo']).status, 0);
  const refused = run(url, ['serve'], { ATGT_DEMO: '0' });
  assert.equal(refused.status, 1);
  assert.match(refused.err, /atgt demo-accounts disable/);
  assert.match(refused.err, /quantri\.hethong/);
  // other commands still work on a demo database
  assert.equal(run(url, ['migrate'], { ATGT_DEMO: '0' }).status, 0);
  assert.equal(run(url, ['check'], { ATGT_DEMO: '0' }).status, 0);
  const off = run(url, ['demo-accounts', 'disable'], { ATGT_DEMO: '0' });
  assert.equal(off.status, 0, off.err);
  const demoAccounts = readFileSync(new URL('../../../data/demo_accounts.csv', import.meta.url), 'utf8').trim().split('\n').length - 1;
  assert.match(off.out, new RegExp(`disabled ${demoAccounts} demo account`));
  const srv = await startServer(url, { ATGT_DEMO: '0' });
  try {
    const r = await request('POST', '/api/v1/session', { base: srv.url, body: { login: 'admin', password: 'ATGT-HocDuong-2026' } });
    assert.equal(r.status, 401);
  } finally {
    srv.child.kill('SIGTERM');
    await exited(srv.child);
  }
});

test('a production install: no demo account, the first administrator from create-admin', { skip }, async () => {
  const url = newDatabase();
  const seeded = run(url, ['seed-demo'], { ATGT_DEMO: '0' });
  assert.equal(seeded.status, 0, seeded.err);
  assert.match(seeded.out, /0 accounts/);
  const bad = run(url, ['create-admin', '--login', 'qt.sgd', '--unit', 'KHONG-CO'], { ATGT_DEMO: '0' });
  assert.equal(bad.status, 2);
  const weak = run(url, ['create-admin', '--login', 'qt.sgd', '--unit', 'SGDDT-HP'], { ATGT_DEMO: '0' }, 'ngan\n');
  assert.equal(weak.status, 2);
  const made = run(url, ['create-admin', '--login', 'qt.sgd', '--unit', 'SGDDT-HP'], { ATGT_DEMO: '0' }, 'Mat-khau-quan-tri-dau-tien\n');
  assert.equal(made.status, 0, made.err);
  const gen = run(url, ['create-admin', '--system', '--login', 'qt.hethong', '--unit', 'SGDDT-HP'], { ATGT_DEMO: '0' });
  assert.equal(gen.status, 0, gen.err);
  const password = gen.out.match(/^password=(\S+)$/m)[1];
  const srv = await startServer(url, { ATGT_DEMO: '0' });
  try {
    const s = await login('qt.sgd', 'Mat-khau-quan-tri-dau-tien', srv.url);
    assert.equal(s.user.must_change_password, true);
    const sys = await login('qt.hethong', password, srv.url);
    assert.deepEqual(sys.user.roles, ['system_admin']);
    // the command-line rows are visible to the system administrator only
    const c = await request('POST', '/api/v1/session/password', { session: sys, body: { current_password: password, new_password: 'Mat-khau-he-thong-moi-1' } });
    assert.equal(c.status, 200, c.text);
    const sys2 = await login('qt.hethong', 'Mat-khau-he-thong-moi-1', srv.url);
    const rows = await request('GET', '/api/v1/audit?entity=user', { session: sys2 });
    assert.ok(rows.json.entries.some((e) => e.user_id === null && e.changes.via === 'atgt create-admin'));
  } finally {
    srv.child.kill('SIGTERM');
    await exited(srv.child);
  }
});

test('atgt check reports a cycle and exits 1; requests on the cycle still answer', { skip }, async () => {
  const url = newDatabase();
  assert.equal(run(url, ['seed-demo']).status, 0);
  assert.equal(run(url, ['check']).status, 0);
  // A cycle written behind the product's back: 03002 under itself.
  const id = sql(url, "SELECT id FROM units WHERE code = '03002'").trim();
  sql(url, `UPDATE unit_versions SET parent_id = ${id} WHERE unit_id = ${id}`);
  sql(url, "UPDATE settings SET value = CAST(CAST(value AS BIGINT) + 1 AS TEXT) WHERE key = 'registry_revision'");
  const r = run(url, ['check']);
  assert.equal(r.status, 1);
  assert.match(r.out, /^cycle /m);
  const srv = await startServer(url);
  try {
    const s = await login('theodoi', undefined, srv.url);
    const d = await request('GET', `/api/v1/units/${id}/descendants?from=2024-01-01&to=2026-12-31`, { session: s });
    assert.equal(d.status, 200);
    const tree = await request('GET', '/api/v1/units/tree', { session: s });
    assert.equal(tree.status, 200);
  } finally {
    srv.child.kill('SIGTERM');
    await exited(srv.child);
  }
});
