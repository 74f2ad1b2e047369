// Tests that start server processes of their own: graceful shutdown, and two processes sharing
// one database (login throttling holds across them).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import net from 'node:net';

import { BIN, newDatabase, sql, env, startServer, exited } from './procs.mjs';

test('SIGTERM lets an in-flight request finish, closes idle connections and exits 0', { skip: !BIN && 'ATGT_TEST_BIN unset' }, async () => {
  const url = newDatabase();
  execFileSync(BIN, ['seed-demo'], { env: env(url) });
  const { child, url: base } = await startServer(url);
  const u = new URL(base);
  // An idle keep-alive connection.
  const idle = net.connect(Number(u.port), u.hostname);
  await new Promise((r) => idle.once('connect', r));
  const idleClosed = new Promise((r) => idle.once('close', r));
  // A login takes tens of milliseconds (argon2id): send it, then SIGTERM at once.
  const inflight = fetch(`${base}/api/v1/session`, {
    method: 'POST', headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ login: 'admin', password: 'ATGT-HocDuong-2026' }),
  });
  await new Promise((r) => setTimeout(r, 15));
  const done = exited(child);
  child.kill('SIGTERM');
  const res = await inflight;
  assert.equal(res.status, 200);
  await idleClosed;
  const { code } = await done;
  assert.equal(code, 0);
});

test('two server processes on one database share login throttling', { skip: !BIN && 'ATGT_TEST_BIN unset' }, async () => {
  const url = newDatabase();
  execFileSync(BIN, ['seed-demo'], { env: env(url) });
  const a = await startServer(url);
  const b = await startServer(url);
  try {
    const attempt = (base) => fetch(`${base}/api/v1/session`, {
      method: 'POST', headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ login: 'gv.ngoquyen', password: 'sai-mat-khau-roi' }),
    }).then((r) => r.status);
    assert.equal(await attempt(a.url), 401);
    assert.equal(await attempt(b.url), 401);
    assert.equal(await attempt(a.url), 401);
    assert.equal(await attempt(b.url), 401);
    assert.equal(await attempt(a.url), 401);
    // Five failures in all, spread over both processes: both now refuse.
    assert.equal(await attempt(b.url), 429);
    assert.equal(await attempt(a.url), 429);
    // A registry change made through one process is seen by the other.
    const login = async (base) => {
      const r = await fetch(`${base}/api/v1/session`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ login: 'so.gddt', password: 'ATGT-HocDuong-2026' }) });
      const j = await r.json();
      return { cookie: r.headers.get('set-cookie').split(';')[0], csrf: j.csrf_token, unit: j.user.unit_id };
    };
    const sa = await login(a.url);
    const sb = await login(b.url);
    // warm b's organisation cache
    const tree0 = await fetch(`${b.url}/api/v1/units/tree?date=2026-12-31`, { headers: { cookie: sb.cookie } }).then((r) => r.json());
    const code = `PROC-${Date.now()}`;
    const created = await fetch(`${a.url}/api/v1/units`, {
      method: 'POST', headers: { 'content-type': 'application/json', cookie: sa.cookie, 'x-csrf-token': sa.csrf },
      body: JSON.stringify({ code, name: 'Đơn vị hai tiến trình', type: 'MN', parent_id: sa.unit, valid_from: '2026-01-01' }),
    });
    assert.equal(created.status, 201);
    const id = (await created.json()).unit.id;
    const succ = await fetch(`${b.url}/api/v1/units/${id}/successors?date=2026-12-31`, { headers: { cookie: sb.cookie } }).then((r) => r.json());
    assert.deepEqual(succ.units.map((x) => x.code), [code]);
    assert.ok(tree0.units.length > 0);
  } finally {
    a.child.kill('SIGTERM');
    b.child.kill('SIGTERM');
    await Promise.all([exited(a.child), exited(b.child)]);
  }
});

test('an idle session expires, and so does one past its absolute lifetime', { skip: !BIN && 'ATGT_TEST_BIN unset' }, async () => {
  const url = newDatabase();
  execFileSync(BIN, ['seed-demo'], { env: env(url) });
  const { child, url: base } = await startServer(url);
  try {
    const login = async () => {
      const r = await fetch(`${base}/api/v1/session`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ login: 'theodoi', password: 'ATGT-HocDuong-2026' }) });
      return r.headers.get('set-cookie').split(';')[0];
    };
    const home = (cookie) => fetch(`${base}/api/v1/home`, { headers: { cookie } });
    const idle = await login();
    assert.equal((await home(idle)).status, 200);
    // Make every session of the user look unused for 3 hours (the default idle limit is 2).
    const threeHours = 3 * 3600 * 1000000;
    sql(url, `UPDATE sessions SET last_seen_at = last_seen_at - ${threeHours}`);
    const r = await home(idle);
    assert.equal(r.status, 401);
    assert.equal((await r.json()).error.code, 'session_expired');
    const old = await login();
    // Created 13 hours ago (the absolute limit is 12), used a moment ago.
    sql(url, `UPDATE sessions SET created_at = created_at - ${13 * 3600 * 1000000}`);
    const r2 = await home(old);
    assert.equal(r2.status, 401);
  } finally {
    child.kill('SIGTERM');
    await exited(child);
  }
});
