// `atgt backup` / `atgt restore` as processes: a seeded installation (database + files) is
// backed up and restored into an empty one, and every table is compared row by row; damaged,
// tampered, newer or mismatched backups and non-empty targets are refused with nothing changed.
// Runs on SQLite, and on PostgreSQL too when ATGT_TEST_PG_URL is set (fresh databases).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync, execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const BIN = process.env.ATGT_TEST_BIN;
const TMP = process.env.ATGT_TEST_TMP ?? '/tmp';
const PG = process.env.ATGT_TEST_PG_URL;
const skip = !BIN && 'ATGT_TEST_BIN unset';
const KINDS = PG ? ['sqlite', 'postgresql'] : ['sqlite'];
let seq = 0;

function pgParts(url) {
  const u = new URL(url.replace('postgresql:', 'http:'));
  return { host: u.searchParams.get('host'), port: u.searchParams.get('port'), db: url.split('///')[1].split('?')[0] };
}
function psql(db, statement) {
  const { host, port } = pgParts(PG);
  return execFileSync('runuser', ['-u', 'postgres', '--', 'psql', '-h', host, '-p', port, '-d', db, '-tAc', statement], { maxBuffer: 256 * 1024 * 1024 }).toString();
}

// A new place for an installation: {url, files, dir}; the database is not created.
function place(kind) {
  const dir = mkdtempSync(path.join(TMP, 'bk-'));
  const files = path.join(dir, 'files');
  if (kind === 'sqlite') return { kind, dir, files, url: `sqlite:${dir}/atgt.db` };
  const name = `atgt_bk_${process.pid}_${++seq}`;
  return { kind, dir, files, url: PG.replace('/postgres?', `/${name}?`), name };
}

function sql(p, statement) {
  if (p.kind === 'sqlite') return execFileSync('sqlite3', [p.url.slice(7), statement]).toString();
  return psql(pgParts(p.url).db, statement);
}

function atgt(p, args) {
  const r = spawnSync(BIN, args, { env: { ...process.env, ATGT_DATABASE_URL: p.url, ATGT_FILES_DIR: p.files, ATGT_LOG_LEVEL: 'warn', ATGT_DEMO: '1' } });
  return { status: r.status, stdout: r.stdout.toString(), stderr: r.stderr.toString() };
}

function exists(p) {
  if (p.kind === 'sqlite') return existsSync(p.url.slice(7));
  return psql('postgres', `SELECT count(*) FROM pg_database WHERE datname = '${p.name}'`).trim() === '1';
}

function tables(p) {
  const q = p.kind === 'sqlite'
    ? "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name"
    : "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY table_name";
  return sql(p, q).split('\n').filter(Boolean);
}

// Every row of a table, as sorted JSON strings.
function rows(p, table) {
  const text = p.kind === 'sqlite'
    ? execFileSync('sqlite3', ['-json', p.url.slice(7), `SELECT * FROM "${table}"`], { maxBuffer: 256 * 1024 * 1024 }).toString()
    : sql(p, `SELECT COALESCE(json_agg(t), '[]') FROM "${table}" t`);
  return (text.trim() ? JSON.parse(text) : []).map((r) => JSON.stringify(r)).sort();
}

function filesOf(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true }).filter((f) => f.length > 3).sort()
    .map((f) => [f, createHash('sha256').update(readFileSync(path.join(dir, f))).digest('hex')]);
}

// seed-demo, then blobs in the files directory with their `files` rows, and some recent
// personal data.
function seed(p) {
  if (p.kind === 'postgresql') psql('postgres', `CREATE DATABASE ${p.name}`);
  const r = atgt(p, ['seed-demo']);
  assert.equal(r.status, 0, r.stderr);
  const now = Date.now() * 1000;
  for (const [i, text] of ['Biên bản họp phụ huynh', 'Ảnh hiện trường', 'Biên bản họp phụ huynh'].entries()) {
    const bytes = Buffer.from(text);
    const sha = createHash('sha256').update(bytes).digest('hex');
    mkdirSync(path.join(p.files, sha.slice(0, 2)), { recursive: true });
    writeFileSync(path.join(p.files, sha.slice(0, 2), sha), bytes);
    sql(p, `INSERT INTO files (sha256, size, mime, name, owner_kind, owner_id, uploaded_at) VALUES ('${sha}', ${bytes.length}, 'text/plain', 'tệp ${i}.txt', 'upload', ${i + 1}, ${now})`);
  }
  // A blob no row references (not part of the backup).
  mkdirSync(path.join(p.files, 'ff'), { recursive: true });
  writeFileSync(path.join(p.files, 'ff', 'f'.repeat(64)), 'mồ côi');
  sql(p, `INSERT INTO login_attempts (login, ip, at, success) VALUES ('admin', '10.0.0.1', ${now}, 1)`);
}

function backupOf(kind) {
  const src = place(kind);
  seed(src);
  const dir = path.join(mkdtempSync(path.join(TMP, 'bkdir-')), 'backup-1');
  const r = atgt(src, ['backup', dir]);
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, /đã sao lưu vào/);
  return { src, dir };
}

for (const kind of KINDS) {
  test(`${kind}: restore into an empty installation gives back every table row by row, and the files`, { skip }, () => {
    const { src, dir } = backupOf(kind);
    const manifest = JSON.parse(readFileSync(path.join(dir, 'manifest.json'), 'utf8'));
    assert.equal(manifest.product, 'atgt-hoc-duong-backup');
    assert.equal(manifest.database, kind);
    assert.equal(manifest.files.length, 2);  // two distinct referenced blobs; the orphan is not kept
    const target = place(kind);
    const r = atgt(target, ['restore', dir]);
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /đã khôi phục/);
    assert.match(r.stdout, /login_attempts 0 dòng/);
    const names = tables(src);
    assert.deepEqual(tables(target), names);
    assert.ok(names.includes('units') && names.includes('files') && names.includes('search_terms'));
    let compared = 0;
    // The cache-validation counters (settings auth_revision, registry_revision; migration 0007)
    // only have to grow: the purge that follows a restore may bump them (PostgreSQL's statement
    // triggers fire on a purge that removed nothing). Every other row must come back as it was.
    const counters = new Set(['auth_revision', 'registry_revision']);
    const stable = (list, t) => (t === 'settings' ? list.filter((r) => !counters.has(JSON.parse(r).key)) : list);
    for (const t of names) {
      const a = rows(src, t);
      assert.deepEqual(stable(rows(target, t), t), stable(a, t), `table ${t}`);
      assert.equal(manifest.tables[t], a.length, `manifest count of ${t}`);
      compared += a.length;
    }
    assert.ok(compared > 1000, `only ${compared} rows compared`);
    const srcFiles = filesOf(src.files).filter(([f]) => !f.startsWith('ff'));
    assert.deepEqual(filesOf(target.files), srcFiles);
    // The restored installation works: search the restored people and units.
    assert.equal(sql(target, "SELECT count(*) FROM users WHERE login = 'admin'").trim(), '1');
  });

  test(`${kind}: damaged, tampered, newer and mismatched backups and non-empty targets are refused, nothing changed`, { skip }, () => {
    const { src, dir } = backupOf(kind);
    const variant = (name, change) => {
      const d = path.join(path.dirname(dir), name);
      cpSync(dir, d, { recursive: true });
      change(d);
      return d;
    };
    const manifestPath = (d) => path.join(d, 'manifest.json');
    const edit = (d, f) => {
      const m = JSON.parse(readFileSync(manifestPath(d), 'utf8'));
      f(m);
      writeFileSync(manifestPath(d), JSON.stringify(m));
    };
    const dbFile = kind === 'sqlite' ? 'database.sqlite' : 'database.dump';
    const cases = [
      ['damaged manifest', variant('damaged', (d) => writeFileSync(manifestPath(d), readFileSync(manifestPath(d), 'utf8').slice(0, 100))), /hỏng/],
      ['no manifest', variant('unfinished', (d) => writeFileSync(manifestPath(d), '')), /hỏng|manifest/],
      ['tampered dump', variant('tampered', (d) => {
        const f = path.join(d, dbFile);
        const b = readFileSync(f);
        b[Math.floor(b.length / 2)] ^= 0xff;
        writeFileSync(f, b);
      }), /không khớp mã kiểm tra/],
      ['tampered blob', variant('blob', (d) => {
        const m = JSON.parse(readFileSync(manifestPath(d), 'utf8'));
        writeFileSync(path.join(d, 'files', m.files[0].path), 'đã sửa');
      }), /không khớp mã kiểm tra/],
      ['newer schema', variant('newer', (d) => edit(d, (m) => { m.schema_version = 999; })), /mới hơn/],
      ['other database kind', variant('kind', (d) => edit(d, (m) => {
        m.database = kind === 'sqlite' ? 'postgresql' : 'sqlite';
        m.database_file = kind === 'sqlite' ? 'database.dump' : 'database.sqlite';
      })), /là của/],
    ];
    for (const [what, d, message] of cases) {
      const target = place(kind);
      const r = atgt(target, ['restore', d]);
      assert.notEqual(r.status, 0, `${what}: ${r.stdout}`);
      assert.match(r.stderr, message, what);
      assert.equal(exists(target), false, `${what}: the target database was created`);
      assert.equal(existsSync(target.files), false, `${what}: the files directory was created`);
    }
    // A target database that has data: the source itself (with an empty files directory).
    const before = rows(src, 'units').length;
    const r1 = atgt({ ...src, files: path.join(src.dir, 'no-files') }, ['restore', dir]);
    assert.notEqual(r1.status, 0);
    assert.match(r1.stderr, /đã có dữ liệu/);
    assert.equal(rows(src, 'units').length, before);
    assert.equal(existsSync(path.join(src.dir, 'no-files')), false);
    // An empty database but a non-empty files directory.
    const target = place(kind);
    mkdirSync(target.files, { recursive: true });
    writeFileSync(path.join(target.files, 'x'), 'x');
    const r2 = atgt(target, ['restore', dir]);
    assert.notEqual(r2.status, 0);
    assert.match(r2.stderr, /không trống/);
    assert.equal(exists(target), false);
    // A backup into a directory that is not empty.
    const r3 = atgt(src, ['backup', dir]);
    assert.notEqual(r3.status, 0);
    assert.match(r3.stderr, /không trống/);
  });

  test(`${kind}: restore applies the retention purge; backup deletes sibling backups older than the retention period`, { skip }, () => {
    const src = place(kind);
    seed(src);
    const old = (Date.now() - 1200 * 86400 * 1000) * 1000;
    sql(src, `INSERT INTO login_attempts (login, ip, at, success) VALUES ('admin', '10.0.0.9', ${old}, 0)`);
    const parent = mkdtempSync(path.join(TMP, 'bkdir-'));
    const oldBackup = path.join(parent, 'backup-old');
    mkdirSync(oldBackup);
    writeFileSync(path.join(oldBackup, 'manifest.json'), JSON.stringify({ product: 'atgt-hoc-duong-backup', created_at_us: old }));
    const recentBackup = path.join(parent, 'backup-recent');
    mkdirSync(recentBackup);
    writeFileSync(path.join(recentBackup, 'manifest.json'), JSON.stringify({ product: 'atgt-hoc-duong-backup', created_at_us: Date.now() * 1000 }));
    const foreign = path.join(parent, 'not-a-backup');
    mkdirSync(foreign);
    writeFileSync(path.join(foreign, 'manifest.json'), JSON.stringify({ name: 'other', created_at_us: 0 }));
    const dir = path.join(parent, 'backup-new');
    const r = atgt(src, ['backup', dir]);
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /đã xóa bản sao lưu cũ .*backup-old/);
    assert.equal(existsSync(oldBackup), false);
    assert.equal(existsSync(recentBackup), true);
    assert.equal(existsSync(foreign), true);
    const count = (p) => Number(sql(p, 'SELECT count(*) FROM login_attempts').trim());
    const target = place(kind);
    const rr = atgt(target, ['restore', dir]);
    assert.equal(rr.status, 0, rr.stderr);
    assert.match(rr.stdout, /login_attempts 1 dòng/);
    assert.equal(count(target), count(src) - 1);
  });
}
