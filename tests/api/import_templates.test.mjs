// Import templates as XLSX (issue 10): every import has one, with the Vietnamese header row its
// importer reads and example rows; codes stay text (03002 keeps its zero); an unknown kind is 404.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { request, login } from './lib.mjs';

function sheetText(bytes) {
  const py = 'import sys,zipfile,io\nz=zipfile.ZipFile(io.BytesIO(sys.stdin.buffer.read()))\nprint(z.read("xl/worksheets/sheet1.xml").decode())';
  const r = spawnSync('python3', ['-c', py], { input: bytes });
  assert.equal(r.status, 0, r.stderr.toString());
  return r.stdout.toString();
}

test('every import has an XLSX template with its Vietnamese headers, codes kept as text', async () => {
  const s = await login('gv.hongbang');
  for (const kind of ['users', 'units', 'events', 'enrolments', 'students', 'commitments', 'violations']) {
    const r = await request('GET', `/api/v1/import-templates/${kind}`, { session: s, binary: true });
    assert.equal(r.status, 200, kind);
    assert.match(r.headers.get('content-type'), /spreadsheetml/);
    const xml = sheetText(r.bytes);
    const header = readFileSync(new URL(`../../data/import_templates/${kind}.csv`, import.meta.url), 'utf8').split('\n')[0].split(',');
    for (const h of header) assert.ok(xml.includes(h), `${kind}: header ${h}`);
    if (kind === 'users' || kind === 'enrolments') assert.ok(xml.includes('>03002<'), `${kind}: 03002 as text`);
  }
  assert.equal((await request('GET', '/api/v1/import-templates/passwords', { session: s })).status, 404);
});
