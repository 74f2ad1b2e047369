// Helpers for tests that run server processes of their own (ATGT_TEST_BIN) on a fresh database
// (a new PostgreSQL database when ATGT_TEST_PG_URL is set, else a SQLite file).
import { spawn, execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import path from 'node:path';

export const BIN = process.env.ATGT_TEST_BIN;
export const TMP = process.env.ATGT_TEST_TMP ?? '/tmp';
export const PG = process.env.ATGT_TEST_PG_URL;

let created = 0;
export function newDatabase() {
  if (PG) {
    const name = `atgt_proc_${process.pid}_${Date.now()}_${++created}`;
    const dir = new URL(PG.replace('postgresql:', 'http:')).searchParams.get('host');
    const port = new URL(PG.replace('postgresql:', 'http:')).searchParams.get('port');
    execFileSync('runuser', ['-u', 'postgres', '--', 'psql', '-h', dir, '-p', port, '-d', 'postgres', '-qc', `CREATE DATABASE ${name}`]);
    return PG.replace('/postgres?', `/${name}?`);
  }
  return `sqlite:${mkdtempSync(path.join(TMP, 'proc-'))}/a.db`;
}

// Runs one SQL statement directly on the test database.
export function sql(url, statement) {
  // Answers can be large (whole tables as JSON in the backup test): no 1 MB default limit.
  const big = { maxBuffer: 256 * 1024 * 1024 };
  if (url.startsWith('sqlite:')) return execFileSync('sqlite3', [url.slice(7), statement], big).toString();
  const u = new URL(url.replace('postgresql:', 'http:'));
  return execFileSync('runuser', ['-u', 'postgres', '--', 'psql', '-h', u.searchParams.get('host'), '-p', u.searchParams.get('port'),
    '-d', url.split('///')[1].split('?')[0], '-tAc', statement], big).toString();
}

// The files directory that goes with a test database (shared by the processes on it).
export function filesDirFor(url) {
  return path.join(TMP, 'files-' + Buffer.from(url).toString('base64url').slice(-40));
}

export function env(url, extra = {}) {
  return { ...process.env, ATGT_DATABASE_URL: url, ATGT_FILES_DIR: filesDirFor(url), ATGT_LISTEN: '127.0.0.1:0', ATGT_LOG_LEVEL: 'warn', ATGT_DEMO: '1', ...extra };
}

// Starts `atgt serve` on the database; `extra` adds environment variables.
export function startServer(url, extra = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(BIN, ['serve'], { env: env(url, extra), stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    const timer = setTimeout(() => reject(new Error(`server did not start: ${out}`)), 15000);
    child.stdout.on('data', (d) => {
      out += d;
      const m = out.match(/LISTENING (http:\/\/\S+)/);
      if (m) {
        clearTimeout(timer);
        resolve({ child, url: m[1] });
      }
    });
    child.stderr.on('data', (d) => (out += d));
    child.on('exit', (code) => reject(new Error(`server exited ${code}: ${out}`)));
  });
}

export function exited(child) {
  return new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
}

