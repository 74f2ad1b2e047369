// `atgt import students` as a process, on its own SQLite database (seeded with the demo
// organisation): exit 0 with `inserted=N updated=M` (and a re-import that updates), exit 1 with
// one `row,column,message` line per bad row, exit 2 for an unusable file or a wrong option — and
// on 1 and 2 no table changes at all (row counts of every table compared before and after).
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { encodeTcvn3, encodeVni, encodeCp1258, ROSTER_NAMES as NAMES, rosterText } from './vn_encode.mjs';

const BIN = process.env.ATGT_TEST_BIN;
const TMP = process.env.ATGT_TEST_TMP ?? '/tmp';
const skip = !BIN && 'ATGT_TEST_BIN unset';
let dir, env;

function atgt(args) {
  const r = spawnSync(BIN, args, { env });
  return { status: r.status, stdout: r.stdout.toString(), stderr: r.stderr.toString() };
}
function file(name, content) {
  const p = path.join(dir, name);
  writeFileSync(p, content);
  return p;
}
// Row counts of every table, through sqlite3's own CLI when present, else Python's sqlite3.
function counts() {
  const py = `import sqlite3,sys,json\nc=sqlite3.connect(sys.argv[1])\nt=[r[0] for r in c.execute("select name from sqlite_master where type='table'")]\nprint(json.dumps({x:c.execute(f'select count(*) from "{x}"').fetchone()[0] for x in t}))`;
  const r = spawnSync('python3', ['-c', py, path.join(dir, 'atgt.db')]);
  assert.equal(r.status, 0, r.stderr.toString());
  return JSON.parse(r.stdout.toString());
}
const imp = (...a) => atgt(['import', 'students', ...a]);

before(() => {
  if (skip) return;
  dir = mkdtempSync(path.join(TMP, 'students-cli-'));
  env = { PATH: process.env.PATH, ATGT_DATABASE_URL: `sqlite:${path.join(dir, 'atgt.db')}`, ATGT_FILES_DIR: path.join(dir, 'files'), ATGT_LOG_LEVEL: 'error' };
  const s = atgt(['seed-demo']);
  assert.equal(s.status, 0, s.stderr);
});

const GOOD = 'Họ và tên,Ngày sinh,Giới tính,Lớp,Mã định danh\nNguyễn Văn Kiểm,05/03/2010,Nam,10A9,031210777001\nTrần Thị Thử,2010-04-01,Nữ,10A9,\n';

test('a clean file: dry run, commit, re-import updates', { skip }, () => {
  const f = file('good.csv', GOOD);
  const before0 = counts();
  const d = imp('--school', '03002', '--year', '2025-2026', '--dry-run', f);
  assert.equal(d.status, 0, d.stderr);
  assert.equal(d.stdout.trim(), 'inserted=2 updated=0');
  assert.deepEqual(counts(), before0);
  const c = imp('--school', '03002', '--year', '2025-2026', f);
  assert.equal(c.status, 0, c.stderr);
  assert.equal(c.stdout.trim(), 'inserted=2 updated=0');
  const again = imp('--school', '03002', '--year', '2025-2026', '--encoding', 'utf-8', f);
  assert.equal(again.stdout.trim(), 'inserted=0 updated=2');
});

test('row errors: exit 1, one row,column,message line each, nothing written', { skip }, () => {
  const f = file('bad.csv', 'Ngày sinh,Họ và tên\n31/02/2010,Lê Văn A\n05/03/2010,"Lê\tVăn B"\n05/03/2010,=1+1\n');
  const b = counts();
  const r = imp('--school', '03002', '--year', '2025-2026', f);
  assert.equal(r.status, 1, r.stderr);
  const lines = r.stderr.split('\n').filter((l) => /^\d+,/.test(l));
  assert.deepEqual(lines.map((l) => l.split(',').slice(0, 2).join(',')), ['2,Ngày sinh', '3,Họ và tên', '4,Họ và tên']);
  assert.deepEqual(counts(), b);
});

test('unusable files and wrong options: exit 2, nothing written', { skip }, () => {
  const cases = [
    ['--school', 'KHONG-CO', '--year', '2025-2026', file('a.csv', GOOD)],
    ['--school', '03002', '--year', '2025-2027', file('b.csv', GOOD)],
    ['--school', '03002', '--year', '2025-2026', '--encoding', 'latin9', file('c.csv', GOOD)],
    ['--school', '03002', '--year', '2025-2026', file('d.csv', 'Họ và tên,Lớp\nAn,10A1\n')],
    ['--school', '03002', '--year', '2025-2026', file('e.csv', 'Họ và tên,Ngày sinh\n')],
    ['--school', '03002', '--year', '2025-2026', file('f.csv', 'Họ và tên,Ngày sinh\n"An,05/03/2010\n')],
    ['--school', '03002', '--year', '2025-2026', file('g.xlsx', Buffer.from('PK\x03\x04 truncated'))],
    ['--school', '03002', '--year', '2025-2026', file('h.pdf', '%PDF-1.4\n')],
    ['--school', '03002', '--year', '2025-2026', file('i.csv', Buffer.from([0x48, 0x6f, 0x2c, 0x4e, 0x67, 0x0a, 0xe0, 0xe1, 0xe2, 0x2c, 0x31, 0x0a]))],
  ];
  for (const args of cases) {
    const b = counts();
    const r = imp(...args);
    assert.equal(r.status, 2, `${args.join(' ')}: ${r.status} ${r.stderr}`);
    assert.deepEqual(counts(), b, args.join(' '));
  }
});

test('legacy encodings are read (cp1258 by --encoding)', { skip }, () => {
  // "Họ và tên,Ngày sinh\nLê Văn Cường,05/03/2010" in Windows-1258 (decomposed tones).
  const text = 'Ho\xf2 va\xcc t\xean,Nga\xccy sinh\nL\xea V\xe3n C\xfd\xf5\xccng,05/03/2010\n';
  const f = file('cp.csv', Buffer.from(text, 'latin1'));
  const r = imp('--school', '03002', '--year', '2025-2026', '--encoding', 'cp1258', '--dry-run', f);
  assert.equal(r.status, 0, r.stderr);
  assert.equal(r.stdout.trim(), 'inserted=1 updated=0');
});

// One roster in every encoding a school's file arrives in, built from the encoding tables
// (tests/api/vn_encode.mjs): the first import inserts, each later one — detected with `auto` or
// named — finds the same students (updated), so every encoding decoded to the same names.
const ENCODED_ROSTER = rosterText('2010');

test('imports in each encoding: auto detection and an explicit encoding give the same students', { skip }, async () => {
  const opts = ['--school', '03007', '--year', '2025-2026'];
  const first = imp(...opts, file('enc-utf8.csv', ENCODED_ROSTER));
  assert.equal(first.status, 0, first.stderr);
  assert.equal(first.stdout.trim(), `inserted=${NAMES.length} updated=0`);
  const bom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(ENCODED_ROSTER)]);
  const variants = [
    ['utf8-bom', bom, 'utf-8'],
    ['cp1258', encodeCp1258(ENCODED_ROSTER), 'cp1258'],
    ['tcvn3', encodeTcvn3(ENCODED_ROSTER), 'tcvn3'],
    ['vni', encodeVni(ENCODED_ROSTER), 'vni'],
  ];
  for (const [name, bytes, enc] of variants) {
    for (const choice of ['auto', enc]) {
      const f = file(`enc-${name}-${choice}.csv`, bytes);
      const b = counts();
      const dry = imp(...opts, '--encoding', choice, '--dry-run', f);
      assert.equal(dry.status, 0, `${name} --encoding ${choice}: ${dry.stderr}`);
      assert.equal(dry.stdout.trim(), `inserted=0 updated=${NAMES.length}`, `${name} --encoding ${choice}`);
      assert.deepEqual(counts(), b);
    }
    const r = imp(...opts, '--encoding', 'auto', file(`enc-${name}.csv`, bytes));
    assert.equal(r.stdout.trim(), `inserted=0 updated=${NAMES.length}`, `${name}: ${r.stderr}`);
  }
  // The names stored are the NFC UTF-8 names, once each.
  const py = `import sqlite3,sys,json\nc=sqlite3.connect(sys.argv[1])\nprint(json.dumps([c.execute('select count(*) from students where full_name = ?', (n,)).fetchone()[0] for n in json.loads(sys.argv[2])]))`;
  const q = spawnSync('python3', ['-c', py, path.join(dir, 'atgt.db'), JSON.stringify(NAMES)]);
  assert.deepEqual(JSON.parse(q.stdout.toString()), NAMES.map(() => 1));
  // A legacy file read under a wrong explicit encoding does not find the same students.
  const wrong = imp(...opts, '--encoding', 'vni', '--dry-run', file('enc-wrong.csv', encodeTcvn3(ENCODED_ROSTER)));
  assert.notEqual(wrong.stdout.trim(), `inserted=0 updated=${NAMES.length}`);
});

test('an encoding that cannot be decided: exit 2, the message names --encoding, nothing written', { skip }, async () => {
    // Half the rows in TCVN3, half in VNI (a file pasted together from two old spreadsheets).
  const lines = ENCODED_ROSTER.split('\n');
  const mixed = Buffer.concat([encodeTcvn3(lines.slice(0, 5).join('\n') + '\n'), encodeVni(lines.slice(5).join('\n'))]);
  const b = counts();
  const r = imp('--school', '03007', '--year', '2025-2026', file('enc-mixed.csv', mixed));
  assert.equal(r.status, 2, r.stderr);
  assert.match(r.stderr, /--encoding/);
  assert.equal(r.stdout, '');
  assert.deepEqual(counts(), b);
});
