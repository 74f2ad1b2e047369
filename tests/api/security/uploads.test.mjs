// Defect 7 of issue 7: on the main of 06/12/2026 an anonymous client could stream 25 MB bodies
// to files/tmp before getting a 401, with no limit on connections. Now authentication, CSRF and
// the route's permission are decided from the header before a byte of the body is read, and
// bodies in flight and anonymous connections are limited (503 with Retry-After).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import net from 'node:net';
import { execFileSync } from 'node:child_process';
import { BASE, login, DEMO_PASSWORD } from '../lib.mjs';
import { BIN, newDatabase, env, startServer, exited } from '../procs.mjs';

// Sends only the header of a request and resolves with the status line the server answers
// before any body byte is sent (or 'timeout').
function headerOnly(base, lines, waitMs = 3000) {
  const url = new URL(base);
  return new Promise((resolve) => {
    const socket = net.connect(Number(url.port), url.hostname);
    let data = '';
    const timer = setTimeout(() => { socket.destroy(); resolve({ status: 'timeout' }); }, waitMs);
    socket.on('connect', () => socket.write(lines.join('\r\n') + '\r\n\r\n'));
    socket.on('data', (d) => {
      data += d;
      const m = data.match(/^HTTP\/1\.1 (\d{3})/);
      if (m && data.includes('\r\n\r\n')) {
        clearTimeout(timer);
        socket.destroy();
        resolve({ status: Number(m[1]), head: data.split('\r\n\r\n')[0] });
      }
    });
    socket.on('error', () => { clearTimeout(timer); resolve({ status: 'error' }); });
  });
}

const host = new URL(BASE).host;

test('an anonymous upload is refused from its header, before the body is sent', async () => {
  const r = await headerOnly(BASE, [`POST /api/v1/uploads?name=a.pdf HTTP/1.1`, `Host: ${host}`, 'Content-Type: application/octet-stream', `Content-Length: ${25 * 1024 * 1024}`]);
  assert.equal(r.status, 401, JSON.stringify(r));
  assert.match(r.head, /connection: close/i);
  const chunked = await headerOnly(BASE, [`POST /api/v1/uploads?name=a.pdf HTTP/1.1`, `Host: ${host}`, 'Transfer-Encoding: chunked']);
  assert.equal(chunked.status, 401);
});

test('a session without its CSRF token, or a role without the right, is refused before the body', async () => {
  const s = await login('gv.hongbang');
  const noCsrf = await headerOnly(BASE, [`POST /api/v1/uploads?name=a.pdf HTTP/1.1`, `Host: ${host}`, `Cookie: ${s.cookie}`, `Content-Length: 5000000`]);
  assert.equal(noCsrf.status, 403);
  const notAllowed = await headerOnly(BASE, [`POST /api/v1/users HTTP/1.1`, `Host: ${host}`, `Cookie: ${s.cookie}`, `X-CSRF-Token: ${s.csrf}`, 'Content-Type: application/json', `Content-Length: 900000`]);
  assert.equal(notAllowed.status, 403);
  const unknown = await headerOnly(BASE, [`POST /api/v1/nothing-here HTTP/1.1`, `Host: ${host}`, `Content-Length: 900000`]);
  assert.equal(unknown.status, 404);
  // allowed: the server waits for the body (it answers only once the body has come)
  const ok = await headerOnly(BASE, [`POST /api/v1/uploads?name=a.pdf HTTP/1.1`, `Host: ${host}`, `Cookie: ${s.cookie}`, `X-CSRF-Token: ${s.csrf}`, `Content-Length: 5000000`], 1500);
  assert.equal(ok.status, 'timeout');
});

test('bodies in flight are limited per client (503 with Retry-After), and 1,100 connections from one address are served', { skip: !BIN && 'ATGT_TEST_BIN unset' }, async () => {
  const url = newDatabase();
  execFileSync(BIN, ['seed-demo'], { env: env(url) });
  const srv = await startServer(url, { ATGT_MAX_BODY_INFLIGHT_PER_CLIENT_MB: '1' });
  try {
    const s = await login('gv.hongbang', DEMO_PASSWORD, srv.url);
    const h = new URL(srv.url).host;
    const head = (len) => [`POST /api/v1/uploads?name=a.csv HTTP/1.1`, `Host: ${h}`, `Cookie: ${s.cookie}`, `X-CSRF-Token: ${s.csrf}`, `Content-Length: ${len}`];
    // the first 800 kB body is admitted and held (never completed); the second does not fit
    const first = headerOnly(srv.url, head(800 * 1024), 2500);
    await new Promise((r) => setTimeout(r, 500));
    const second = await headerOnly(srv.url, head(800 * 1024), 2500);
    assert.equal(second.status, 503);
    assert.match(second.head, /retry-after: \d+/i);
    assert.equal((await first).status, 'timeout');
    // many connections from one address: all answered
    const sockets = await Promise.all(Array.from({ length: 1100 }, () => new Promise((resolve) => {
      const u = new URL(srv.url);
      const sock = net.connect(Number(u.port), u.hostname, () => resolve(sock));
      sock.on('error', () => resolve(null));
    })));
    assert.equal(sockets.filter((x) => x === null).length, 0);
    const answers = await Promise.all(sockets.map((sock) => new Promise((resolve) => {
      let d = '';
      sock.on('data', (c) => { d += c; if (d.includes('\r\n\r\n')) resolve(d.slice(9, 12)); });
      sock.write(`GET /healthz HTTP/1.1\r\nHost: ${h}\r\n\r\n`);
      setTimeout(() => resolve('timeout'), 10000);
    })));
    for (const sock of sockets) sock.destroy();
    assert.equal(answers.filter((a) => a === '200').length, 1100, [...new Set(answers)].join(','));
  } finally {
    srv.child.kill('SIGTERM');
    await exited(srv.child);
  }
});
