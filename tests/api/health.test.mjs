import { test } from 'node:test';
import assert from 'node:assert/strict';
import { request, openapi, BASE } from './lib.mjs';

test('healthz and readyz answer without login', async () => {
  const h = await request('GET', '/healthz');
  assert.equal(h.status, 200);
  assert.equal(h.json.status, 'ok');
  const r = await request('GET', '/readyz');
  assert.equal(r.status, 200);
  assert.equal(r.json.status, 'ready');
  assert.ok(r.json.schema_version >= 1);
});

test('the OpenAPI document is public and lists the API', async () => {
  const r = await fetch(`${BASE}/api/v1/openapi.json`);
  assert.equal(r.status, 200);
  const doc = await openapi();
  assert.equal(doc.openapi, '3.1.0');
  for (const p of ['/api/v1/session', '/api/v1/units/tree', '/api/v1/units/{id}', '/api/v1/users', '/api/v1/audit'])
    assert.ok(doc.paths[p], p);
});

test('responses carry a Server-Timing header', async () => {
  const r = await request('GET', '/healthz');
  assert.match(r.headers.get('server-timing'), /^app;dur=\d+(\.\d+)?$/);
});

test('front-end routes get index.html or a clear message when the web is not built', async () => {
  const r = await fetch(`${BASE}/to-chuc`);
  assert.ok(r.status === 200 || r.status === 503);
  assert.match(r.headers.get('content-type'), /text\/(html|plain)/);
});
