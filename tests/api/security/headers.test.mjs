// Browser security headers over real HTTP: the front end (index.html and its assets) under a strict
// Content-Security-Policy with a fresh style nonce per page, nosniff and no-referrer on every
// response (API JSON, errors, downloads), framing refused, HSTS only with ATGT_SECURE_COOKIES.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { BASE, request, login } from '../lib.mjs';
import { BIN, newDatabase, startServer, exited } from '../procs.mjs';

const PDF = Buffer.from('%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n');

/** The directives of a Content-Security-Policy header: name -> list of sources. */
function directives(csp) {
  assert.ok(csp, 'a Content-Security-Policy header');
  const out = {};
  for (const part of csp.split(';')) {
    const [name, ...values] = part.trim().split(/\s+/);
    if (!name) continue;
    assert.ok(!(name in out), `directive ${name} appears once`);
    out[name] = values;
  }
  return out;
}

/** Headers every response carries, whatever it is. */
function assertCommon(headers, label) {
  assert.equal(headers.get('x-content-type-options'), 'nosniff', `${label}: nosniff`);
  assert.equal(headers.get('referrer-policy'), 'no-referrer', `${label}: Referrer-Policy`);
  assert.equal(headers.get('strict-transport-security'), null, `${label}: no HSTS without ATGT_SECURE_COOKIES`);
}

/** The front end's policy; returns the style nonce ('' when the policy has none). */
function assertFrontendCsp(headers, label) {
  const d = directives(headers.get('content-security-policy'));
  assert.deepEqual(d['default-src'], ["'self'"], `${label}: default-src`);
  assert.deepEqual(d['script-src'], ["'self'"], `${label}: scripts from the site only, nothing inline`);
  assert.deepEqual(d['object-src'], ["'none'"], `${label}: object-src`);
  assert.ok(["'none'", "'self'"].includes(d['base-uri']?.join(' ')), `${label}: base-uri`);
  assert.deepEqual(d['form-action'], ["'self'"], `${label}: form-action`);
  assert.deepEqual(d['frame-ancestors'], ["'none'"], `${label}: frame-ancestors`);
  assert.deepEqual(d['connect-src'], ["'self'"], `${label}: connect-src`);
  assert.deepEqual(d['img-src'], ["'self'", 'data:'], `${label}: img-src`);
  const style = d['style-src'] ?? [];
  assert.ok(style.includes("'self'"), `${label}: style-src 'self'`);
  assert.ok(!style.includes("'unsafe-inline'"), `${label}: no 'unsafe-inline' styles`);
  for (const [name, values] of Object.entries(d))
    for (const v of values) assert.ok(!/unsafe-(eval|inline|hashes)|^\*$|^https?:$/.test(v), `${label}: ${name} ${v}`);
  const nonces = style.filter((s) => s.startsWith("'nonce-"));
  assert.ok(nonces.length <= 1, `${label}: one nonce at most`);
  return nonces.length ? nonces[0].slice("'nonce-".length, -1) : '';
}

test('index.html: strict CSP with a fresh style nonce that the page carries, framing refused', async () => {
  const seen = new Set();
  for (const path of ['/', '/dang-nhap', '/to-chuc/don-vi']) {
    const r = await fetch(BASE + path);
    assert.equal(r.status, 200, `${path}: the web is built (npm run build)`);
    assert.match(r.headers.get('content-type'), /^text\/html/);
    assertCommon(r.headers, path);
    assert.equal(r.headers.get('x-frame-options'), 'DENY');
    assert.equal(r.headers.get('cache-control'), 'no-store', `${path}: a page with a nonce is never cached`);
    assert.equal(r.headers.get('etag'), null, `${path}: nor revalidated`);
    const nonce = assertFrontendCsp(r.headers, path);
    assert.match(nonce, /^[A-Za-z0-9_-]{22,}$/, `${path}: a nonce of 128 bits or more, base64url`);
    assert.ok(!seen.has(nonce), `${path}: the nonce is new on every response`);
    seen.add(nonce);
    const html = await r.text();
    assert.ok(html.includes(`<meta name="csp-nonce" nonce="${nonce}"`), `${path}: the page carries the header's nonce`);
    assert.ok(!/__CSP_NONCE__/.test(html), `${path}: no placeholder left`);
    assert.ok(!/<script(?![^>]*\bsrc=)[^>]*>/i.test(html), `${path}: no inline script`);
    assert.ok(!/\sstyle=/i.test(html), `${path}: no style attribute`);
  }
});

test('front-end assets: the same policy, nosniff, no referrer', async () => {
  const html = await (await fetch(BASE + '/')).text();
  const assets = [...html.matchAll(/(?:src|href)="(\/assets\/[^"]+)"/g)].map((m) => m[1]);
  assert.ok(assets.length >= 1, 'index.html names its assets');
  for (const path of [...assets, '/favicon.svg']) {
    const r = await fetch(BASE + path);
    assert.equal(r.status, 200, path);
    assertCommon(r.headers, path);
    assertFrontendCsp(r.headers, path);
  }
  const missing = await fetch(BASE + '/assets/no-such-file.js');
  assert.equal(missing.status, 404);
  assertCommon(missing.headers, 'missing asset');
});

test('API JSON answers: nosniff, no referrer, a deny-all policy, never framed', async () => {
  const admin = await login('admin');
  const cases = [
    ['GET', '/api/v1/session', { session: admin }, 200],
    ['GET', '/api/v1/units/tree', {}, 401],
    ['GET', '/api/v1/no-such-route', {}, 404],
    ['GET', '/api/v1/units/999999999', { session: admin }, 404],
    ['GET', '/healthz', {}, 200],
  ];
  for (const [method, path, opts, status] of cases) {
    const r = await request(method, path, opts);
    assert.equal(r.status, status, `${method} ${path}: ${r.text}`);
    const label = `${method} ${path} ${status}`;
    assert.match(r.headers.get('content-type'), /^application\/json/, label);
    assertCommon(r.headers, label);
    const d = directives(r.headers.get('content-security-policy'));
    assert.deepEqual(d['default-src'], ["'none'"], `${label}: default-src 'none'`);
    assert.deepEqual(d['frame-ancestors'], ["'none'"], `${label}: frame-ancestors 'none'`);
    assert.equal(r.headers.get('x-frame-options'), 'DENY', label);
  }
  const post = await request('POST', '/api/v1/session', { body: { login: 'admin', password: 'wrong password!' } });
  assert.equal(post.status, 401);
  assertCommon(post.headers, 'failed login');
});

test('a file download keeps its sandbox policy and gets the common headers', async () => {
  const teacher = await login('gv.hongbang');
  const up = await request('POST', `/api/v1/units/${teacher.user.unit_id}/files?name=headers.pdf`, {
    session: teacher,
    raw: PDF,
    headers: { 'content-type': 'application/octet-stream' },
  });
  assert.equal(up.status, 201, up.text);
  const down = await request('GET', up.json.file.download_url, { session: teacher, binary: true });
  assert.equal(down.status, 200);
  assertCommon(down.headers, 'download');
  assert.equal(down.headers.get('content-security-policy'), 'sandbox');
  await request('DELETE', `/api/v1/files/${up.json.file.id}`, { session: teacher });
});

test('HSTS is sent on every response when ATGT_SECURE_COOKIES is set', { skip: !BIN && 'ATGT_TEST_BIN unset' }, async () => {
  const { child, url } = await startServer(newDatabase(), { ATGT_SECURE_COOKIES: '1' });
  try {
    for (const path of ['/', '/healthz', '/api/v1/units/tree', '/api/v1/nothing']) {
      const r = await fetch(url + path);
      assert.equal(r.headers.get('strict-transport-security'), 'max-age=31536000; includeSubDomains', path);
      assert.equal(r.headers.get('x-content-type-options'), 'nosniff', path);
    }
  } finally {
    child.kill('SIGTERM');
    await exited(child);
  }
});
