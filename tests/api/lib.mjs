// Helpers for the API tests over real HTTP. Every response is validated against the OpenAPI
// schema of the operation that answered it (or the Error schema for error statuses), and a 5xx
// fails the test unless the test expects it.
import assert from 'node:assert/strict';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';

export const BASE = process.env.ATGT_TEST_BASE_URL;
if (!BASE) throw new Error('ATGT_TEST_BASE_URL is not set (run through ./x test)');
export const DEMO_PASSWORD = 'ATGT-HocDuong-2026';

let docPromise;
export function openapi() {
  docPromise ??= fetch(`${BASE}/api/v1/openapi.json`).then((r) => r.json());
  return docPromise;
}

const ajv = new Ajv2020({ strict: false, allErrors: true });
addFormats(ajv);
let ajvReady;
async function validatorFor(name) {
  const doc = await openapi();
  if (!ajvReady) {
    ajv.addSchema({ $id: 'https://atgt.local/openapi.json', components: doc.components });
    ajvReady = true;
  }
  return ajv.getSchema(`https://atgt.local/openapi.json#/components/schemas/${name}`);
}

function patternMatches(pattern, path) {
  const re = new RegExp('^' + pattern.replace(/\{[^}]+\}/g, '[^/]+') + '$');
  return re.test(path);
}

async function responseSchemaName(method, path, status) {
  const doc = await openapi();
  for (const [pattern, ops] of Object.entries(doc.paths)) {
    if (!patternMatches(pattern, path)) continue;
    const op = ops[method.toLowerCase()];
    if (!op) continue;
    const r = op.responses[String(status)];
    if (r) {
      if (r.content && !r.content['application/json']) return '@binary';
      const ref = r.content?.['application/json']?.schema?.$ref;
      return ref ? ref.split('/').pop() : null;
    }
    return 'Error';
  }
  return 'Error';
}

// request(method, path, {body, raw, session, headers, token, expect5xx, binary, base})
// `base`: another server than ATGT_TEST_BASE_URL (tests that start their own processes).
// `binary`: the body is returned as a Buffer in `bytes` (file downloads).
export async function request(method, path, opts = {}) {
  const headers = { ...(opts.headers ?? {}) };
  if (opts.session) {
    headers.cookie = opts.session.cookie;
    if (method !== 'GET' && method !== 'HEAD' && opts.csrf !== false) headers['x-csrf-token'] = opts.session.csrf;
  }
  if (opts.token) headers.authorization = `Bearer ${opts.token}`;
  let body;
  if (opts.raw !== undefined) body = opts.raw;
  else if (opts.body !== undefined) {
    body = JSON.stringify(opts.body);
    headers['content-type'] ??= 'application/json';
  }
  const res = await fetch((opts.base ?? opts.session?.base ?? BASE) + path, { method, headers, body, redirect: 'manual', duplex: 'half' });
  const bytes = Buffer.from(await res.arrayBuffer());
  const text = bytes.toString('utf8');
  let json = null;
  const type = res.headers.get('content-type') ?? '';
  if (type.startsWith('application/json') && text) json = JSON.parse(text);
  if (!opts.expect5xx) assert.ok(res.status < 500, `${method} ${path} answered ${res.status}: ${text.slice(0, 300)}`);
  if (path.startsWith('/api/') && res.status !== 204 && method !== 'HEAD' && !path.startsWith('/api/v1/openapi.json')) {
    const name = res.status >= 400 ? 'Error' : await responseSchemaName(method, path.split('?')[0], res.status);
    if (name !== '@binary') assert.ok(json, `${method} ${path} ${res.status}: the body is not JSON`);
    if (name && name !== '@binary') {
      const validate = await validatorFor(name);
      assert.ok(validate, `no schema ${name}`);
      assert.ok(validate(json), `${method} ${path} ${res.status} does not match ${name}: ${ajv.errorsText(validate.errors)}`);
    }
  }
  return { status: res.status, json, text, bytes, headers: res.headers };
}

export async function login(loginName, password = DEMO_PASSWORD, base = undefined) {
  const r = await request('POST', '/api/v1/session', { body: { login: loginName, password }, base });
  assert.equal(r.status, 200, `login ${loginName}: ${r.text}`);
  const setCookie = r.headers.get('set-cookie');
  const cookie = setCookie.split(';')[0];
  return { cookie, csrf: r.json.csrf_token, user: r.json.user, base };
}

export async function unitId(session, code) {
  const r = await request('GET', `/api/v1/units/search?q=${encodeURIComponent(code)}`, { session });
  const u = r.json.units.find((x) => x.code === code);
  assert.ok(u, `unit ${code} not found`);
  return u.id;
}

// A login name unique to this run.
export function uniqueLogin(prefix) {
  return `${prefix}.${Date.now().toString(36)}${Math.floor(Math.random() * 1e4)}`;
}

// Polls a job until it is done or failed; the percentages seen are pushed to `seen`.
export async function waitJob(session, id, seen = []) {
  for (let i = 0; i < 600; i++) {
    const r = await request('GET', `/api/v1/jobs/${id}`, { session });
    assert.equal(r.status, 200, r.text);
    seen.push(r.json.job.percent);
    if (r.json.job.status === 'done' || r.json.job.status === 'failed') return r.json.job;
    await new Promise((res) => setTimeout(res, 50));
  }
  throw new Error(`job ${id} did not finish`);
}
