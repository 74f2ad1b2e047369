// Numbering under concurrency (issue 10): two server processes on one database (PostgreSQL in the
// api-pg stage, SQLite in api-sqlite) and eight clients issuing 1,000 documents of the Department
// at the same time: every number is given once, without a gap.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';

import { request, login, DEMO_PASSWORD } from './lib.mjs';
import { BIN, newDatabase, env, startServer, exited } from './procs.mjs';

const skip = !BIN && 'ATGT_TEST_BIN unset';
const COUNT = 1000;
const CLIENTS = 8;
let db;
let a;
let b;

before(async () => {
  if (skip) return;
  db = newDatabase();
  execFileSync(BIN, ['seed-demo'], { env: { ...env(db), ATGT_DEMO: '1' } });
  a = await startServer(db);
  b = await startServer(db);
});

after(async () => {
  if (skip) return;
  a.child.kill('SIGTERM');
  b.child.kill('SIGTERM');
  await Promise.all([exited(a.child), exited(b.child)]);
});

// Runs `work(i)` for i in [0, n) on `clients` concurrent workers.
async function pool(n, clients, work) {
  let next = 0;
  await Promise.all(Array.from({ length: clients }, async (_, w) => {
    for (let i = next++; i < n; i = next++) await work(i, w);
  }));
}

test('8 clients on 2 processes issue 1,000 documents: numbers 1..1000, none twice, no gap', { skip, timeout: 600_000 }, async () => {
  const onA = (s) => ({ ...s, base: a.url });
  const onB = (s) => ({ ...s, base: b.url });
  const drafter = await login('so.gddt', DEMO_PASSWORD, a.url);
  const checker = await login('chanhvp.so', DEMO_PASSWORD, a.url);
  const signer = await login('pgd.so', DEMO_PASSWORD, b.url);
  const clerkA = await login('vanthu.so', DEMO_PASSWORD, a.url);
  const clerkB = await login('vanthu.so', DEMO_PASSWORD, b.url);
  const found = await request('GET', '/api/v1/units/search?q=03003', { session: drafter });
  const school = found.json.units.find((u) => u.code === '03003').id;
  const ids = new Array(COUNT);
  await pool(COUNT, CLIENTS, async (i, w) => {
    const d = await request('POST', '/api/v1/documents', {
      session: w % 2 ? onB(drafter) : onA(drafter),
      body: { type_code: 'thong_bao', subject: `Thông báo số thứ tự ${i}`, recipients: { units: [school], groups: [] } },
    });
    assert.equal(d.status, 201, d.text);
    ids[i] = d.json.document.id;
    assert.equal((await request('POST', `/api/v1/documents/${ids[i]}/check`, { session: w % 2 ? onA(checker) : onB(checker) })).status, 200);
    assert.equal((await request('POST', `/api/v1/documents/${ids[i]}/sign`, { session: signer })).status, 200);
  });
  const numbers = new Array(COUNT);
  await pool(COUNT, CLIENTS, async (i, w) => {
    const r = await request('POST', `/api/v1/documents/${ids[i]}/issue`, { session: w % 2 ? clerkB : clerkA });
    assert.equal(r.status, 200, r.text);
    numbers[i] = r.json.document.number;
    assert.match(r.json.document.number_text, /^\d{2,}\/TB-SGDĐT$/);
  });
  const sorted = [...numbers].sort((x, y) => x - y);
  assert.equal(new Set(sorted).size, COUNT, 'no number given twice');
  assert.equal(sorted[0], 1, 'the register starts at 01 in the year');
  assert.equal(sorted[COUNT - 1], COUNT, 'no gap');
  // The recipient's incoming register numbered them the same way.
  const reg = await request('GET', '/api/v1/document-registers/outgoing', { session: clerkA });
  assert.equal(reg.json.rows.length, COUNT);
});
