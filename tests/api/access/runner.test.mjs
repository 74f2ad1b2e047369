// The access matrix over HTTP: every operation × every role × own / foreign / predecessor /
// participant data, against the hand-written expectations in matrix.csv. The probes live in one
// file per noun (*.probes.mjs, found by name): a new noun adds its probe file and its rows.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { openapi, readMatrix, ROLES, CASES } from './fixtures.mjs';

const files = readdirSync(new URL('.', import.meta.url)).filter((f) => f.endsWith('.probes.mjs')).sort();
const byFile = {};
for (const f of files) byFile[f] = (await import(new URL(f, import.meta.url))).default;

test('every route has a row for every role in matrix.csv and exactly one probe', async () => {
  const expect = readMatrix();
  const doc = await openapi();
  const ops = Object.values(doc.paths).flatMap((p) => Object.values(p).map((o) => o.operationId));
  const owner = {};
  for (const [f, probes] of Object.entries(byFile))
    for (const op of Object.keys(probes)) {
      assert.ok(!owner[op], `${op} is probed in ${owner[op]} and ${f}`);
      owner[op] = f;
    }
  for (const op of ops) {
    for (const role of ROLES) assert.ok(expect.has(`${op}|${role}`), `no matrix.csv row for ${op} / ${role}`);
    assert.ok(owner[op], `no probe for ${op}`);
  }
  const known = new Set(ops);
  for (const key of expect.keys()) assert.ok(known.has(key.split('|')[0]), `row for unknown operation ${key}`);
  for (const op of Object.keys(owner)) assert.ok(known.has(op), `probe for unknown operation ${op} in ${owner[op]}`);
});

let checked = 0;
for (const [file, probes] of Object.entries(byFile)) {
  test(`${file.replace('.probes.mjs', '')}: every operation × role × data kind matches the matrix`, async () => {
    const expect = readMatrix();
    const failures = [];
    for (const [key, row] of expect) {
      const [op, role] = key.split('|');
      if (!probes[op]) continue;
      for (const kind of CASES) {
        const want = row[kind];
        if (want === 'n/a') continue;
        const got = await probes[op](role, kind);
        checked++;
        if (got !== want) failures.push(`${op} ${role} ${kind}: expected ${want}, got ${got}`);
      }
    }
    assert.deepEqual(failures, []);
  });
}

test('the matrix is walked in full', () => {
  assert.ok(checked > 250, `only ${checked} cells checked`);
});
