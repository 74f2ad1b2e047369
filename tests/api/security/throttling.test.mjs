// Defect 6 of issue 7: throttling must not lock everyone out. On the main of 06/12/2026, behind
// the recommended nginx (every client one address), 50 bad password-reset requests blocked all
// logins for 15 minutes and five bad passwords locked any named account.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { BIN, newDatabase, env, startServer, exited } from '../procs.mjs';
import { DEMO_PASSWORD } from '../lib.mjs';

const skip = !BIN && 'ATGT_TEST_BIN unset';

async function withServer(extra, fn) {
  const url = newDatabase();
  execFileSync(BIN, ['seed-demo'], { env: env(url) });
  const srv = await startServer(url, extra);
  try {
    await fn(srv.url);
  } finally {
    srv.child.kill('SIGTERM');
    await exited(srv.child);
  }
}

function attempt(base, login, password, forwardedFor) {
  const headers = { 'content-type': 'application/json' };
  if (forwardedFor) headers['x-forwarded-for'] = forwardedFor;
  return fetch(`${base}/api/v1/session`, { method: 'POST', headers, body: JSON.stringify({ login, password }) });
}

test('behind a trusted proxy, a stranger cannot lock the owner out', { skip }, async () => {
  await withServer({ ATGT_TRUSTED_PROXIES: '127.0.0.1' }, async (base) => {
    for (let i = 0; i < 5; i++) assert.equal((await attempt(base, 'gv.ngoquyen', 'sai-mat-khau', '203.0.113.9')).status, 401);
    const blocked = await attempt(base, 'gv.ngoquyen', 'sai-mat-khau', '203.0.113.9');
    assert.equal(blocked.status, 429);
    assert.ok(Number(blocked.headers.get('retry-after')) > 0);
    // the attacker's address is refused even with the right password...
    assert.equal((await attempt(base, 'gv.ngoquyen', DEMO_PASSWORD, '203.0.113.9')).status, 429);
    // ...the owner, from another address behind the same proxy, logs in at once
    assert.equal((await attempt(base, 'gv.ngoquyen', DEMO_PASSWORD, '198.51.100.20')).status, 200);
    // a client-forged X-Forwarded-For entry on the left does not let the attacker out
    assert.equal((await attempt(base, 'gv.ngoquyen', DEMO_PASSWORD, '198.51.100.20, 203.0.113.9')).status, 429);
  });
});

test('password-reset requests do not count as failed logins', { skip }, async () => {
  await withServer({ ATGT_TRUSTED_PROXIES: '127.0.0.1' }, async (base) => {
    let last;
    for (let i = 0; i < 52; i++) {
      last = await fetch(`${base}/api/v1/password-reset`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-forwarded-for': '203.0.113.50' }, body: JSON.stringify({ login: `khong.co.${i}` }) });
    }
    assert.equal(last.status, 429, 'resets have their own limit');
    // logins from the same address and from others still work
    assert.equal((await attempt(base, 'so.gddt', DEMO_PASSWORD, '203.0.113.50')).status, 200);
    assert.equal((await attempt(base, 'admin', DEMO_PASSWORD, '198.51.100.7')).status, 200);
  });
});

test('without trusted proxies X-Forwarded-For is ignored', { skip }, async () => {
  await withServer({}, async (base) => {
    for (let i = 0; i < 5; i++) assert.equal((await attempt(base, 'csgt', 'sai-mat-khau', `203.0.113.${i}`)).status, 401);
    assert.equal((await attempt(base, 'csgt', 'sai-mat-khau', '198.51.100.99')).status, 429);
  });
});

test('16 parallel bad logins get no more tries than 5 sequential ones', { skip }, async () => {
  await withServer({}, async (base) => {
    const results = await Promise.all(Array.from({ length: 16 }, () => attempt(base, 'bgh.hongbang', 'sai-mat-khau').then((r) => r.status)));
    assert.equal(results.filter((s) => s === 401).length, 5, results.join(','));
    assert.equal(results.filter((s) => s === 429).length, 11);
  });
});
