// Platform services across server processes: the scheduler's lease (two processes, each run
// once), a job interrupted by a restart (SIGTERM) or a crash (SIGKILL) is marked failed, leaves
// nothing half-applied and can be retried; email through an SMTP server that is down at first
// (queued and retried, nothing lost), the password reset link, immediate and daily email.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import net from 'node:net';
import { SMTPServer } from 'smtp-server';
import { request, login, uniqueLogin, waitJob } from './lib.mjs';
import { BIN, newDatabase, sql, env, startServer, exited } from './procs.mjs';

const skip = !BIN && 'ATGT_TEST_BIN unset';
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

async function seeded(extra = {}) {
  const url = newDatabase();
  execFileSync(BIN, ['seed-demo'], { env: env(url, extra) });
  return url;
}

async function until(what, fn, ms = 20000) {
  const end = Date.now() + ms;
  for (;;) {
    const v = await fn();
    if (v) return v;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await sleep(100);
  }
}

function upload(session, name, text) {
  return request('POST', `/api/v1/uploads?name=${encodeURIComponent(name)}`, { session, raw: Buffer.from(text), headers: { 'content-type': 'application/octet-stream' } });
}

// Starts a users import of `n` accounts whose logins start with the returned prefix.
async function startImport(session, n) {
  const prefix = uniqueLogin('rs');
  const text = 'Mã đơn vị,Họ tên,Email,Vai trò,Tên đăng nhập\n' +
    Array.from({ length: n }, (_, i) => `03002,Người Số ${i},${prefix}.${i}@example.edu.vn,school_staff,${prefix}.${i}`).join('\n') + '\n';
  const up = await upload(session, 'nhieu.csv', text);
  assert.equal(up.status, 201, up.text);
  const r = await request('POST', '/api/v1/jobs', { session, body: { kind: 'users_import', file_id: up.json.file.id } });
  assert.equal(r.status, 201, r.text);
  return { id: r.json.job.id, prefix };
}

const countUsers = (url, prefix) => Number(sql(url, `SELECT COUNT(*) FROM users WHERE login LIKE '${prefix}.%'`).trim());

test('two processes: a scheduled task made due runs once, on one of them', { skip }, async () => {
  const url = await seeded();
  const fast = { ATGT_SCHEDULER_TICK_MS: '50' };
  const a = await startServer(url, fast);
  const b = await startServer(url, fast);
  try {
    const sa = await login('admin', undefined, a.url);
    const runs = async () => (await request('GET', '/api/v1/scheduler/files.collect/runs', { session: sa })).json.runs;
    const before = (await runs()).length;
    for (let k = 1; k <= 5; k++) {
      assert.equal((await request('POST', '/api/v1/scheduler/files.collect/run', { session: sa })).status, 202);
      await until(`run ${k}`, async () => (await runs()).filter((r) => r.status === 'ok').length >= before + k);
    }
    await sleep(500);
    const all = await runs();
    assert.equal(all.length, before + 5, JSON.stringify(all));
    const overview = await request('GET', '/api/v1/scheduler', { session: sa });
    const task = overview.json.tasks.find((t) => t.name === 'files.collect');
    assert.equal(task.last_status, 'ok');
    assert.equal(task.running_on, null);
  } finally {
    a.child.kill('SIGTERM');
    b.child.kill('SIGTERM');
    await Promise.all([exited(a.child), exited(b.child)]);
  }
});

test('a job interrupted by a restart is failed, nothing is half-applied, and the retry completes it', { skip }, async () => {
  const url = await seeded();
  let a = await startServer(url);
  const sa = await login('admin', undefined, a.url);
  const { id, prefix } = await startImport(sa, 120);
  await until('progress', async () => (await request('GET', `/api/v1/jobs/${id}`, { session: sa })).json.job.percent >= 10);
  a.child.kill('SIGTERM');
  assert.equal((await exited(a.child)).code, 0);
  assert.equal(countUsers(url, prefix), 0);
  const b = await startServer(url);
  try {
    const sb = await login('admin', undefined, b.url);
    const failed = (await request('GET', `/api/v1/jobs/${id}`, { session: sb })).json.job;
    assert.equal(failed.status, 'failed');
    assert.equal(failed.error.code, 'interrupted');
    assert.equal((await request('POST', `/api/v1/jobs/${id}/retry`, { session: sb })).status, 200);
    const done = await waitJob(sb, id);
    assert.equal(done.status, 'done', JSON.stringify(done.error));
    assert.equal(countUsers(url, prefix), 120);
  } finally {
    b.child.kill('SIGTERM');
    await exited(b.child);
  }
});

test('a job whose process crashed is failed by another process after the heartbeat limit', { skip }, async () => {
  const url = await seeded();
  const stale = { ATGT_JOB_STALE_SECONDS: '3' };
  const a = await startServer(url, stale);
  const sa = await login('admin', undefined, a.url);
  const { id, prefix } = await startImport(sa, 120);
  await until('progress', async () => (await request('GET', `/api/v1/jobs/${id}`, { session: sa })).json.job.percent >= 10);
  a.child.kill('SIGKILL');
  await exited(a.child);
  const b = await startServer(url, stale);
  try {
    const sb = await login('admin', undefined, b.url);
    const job = await until('stale job failed', async () => {
      const j = (await request('GET', `/api/v1/jobs/${id}`, { session: sb })).json.job;
      return j.status === 'failed' ? j : null;
    });
    assert.equal(job.error.code, 'interrupted');
    assert.equal(countUsers(url, prefix), 0);
  } finally {
    b.child.kill('SIGTERM');
    await exited(b.child);
  }
});

// ---- email ---------------------------------------------------------------------------------------

function freePort() {
  return new Promise((resolve) => {
    const s = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });
}

// A small SMTP sink on loopback that keeps every message.
function smtpSink(port) {
  const messages = [];
  const server = new SMTPServer({
    authOptional: true, disabledCommands: ['STARTTLS', 'AUTH'], logger: false,
    onData(stream, session, cb) {
      const chunks = [];
      stream.on('data', (c) => chunks.push(c));
      stream.on('end', () => {
        messages.push(parse(Buffer.concat(chunks).toString('utf8'), session.envelope.rcptTo.map((r) => r.address)));
        cb();
      });
    },
  });
  return new Promise((resolve) => server.listen(port, '127.0.0.1', () => resolve({ messages, close: () => new Promise((r) => server.close(r)) })));
}

function parse(raw, to) {
  const [head, ...rest] = raw.split('\r\n\r\n');
  const subjectRaw = head.match(/^Subject: (.*)$/m)[1];
  const subject = subjectRaw.replace(/=\?UTF-8\?B\?([^?]+)\?=/g, (_, b) => Buffer.from(b, 'base64').toString('utf8'));
  const body = Buffer.from(rest.join('\r\n\r\n').replace(/\s+/g, ''), 'base64').toString('utf8');
  return { to, subject, body, head };
}

test('email: queued while the SMTP server is down, delivered when it is up; reset link, immediate and daily email', { skip }, async () => {
  const port = await freePort();
  const mail = { ATGT_SMTP_URL: `smtp://127.0.0.1:${port}`, ATGT_EMAIL_INTERVAL_SECONDS: '1', ATGT_MAIL_RETRY_SECONDS: '1', ATGT_SCHEDULER_TICK_MS: '100' };
  const url = await seeded(mail);
  const srv = await startServer(url, mail);
  let sink;
  try {
    const admin = await login('admin', undefined, srv.url);
    const name = uniqueLogin('thu');
    const email = `${name}@example.edu.vn`;
    // An administrator of the Department's own unit: created by the system administrator.
    const system = await login('quantri.hethong', undefined, srv.url);
    const created = await request('POST', '/api/v1/users', { session: system, body: { login: name, full_name: 'Phạm Thị Thư', email, unit_id: admin.user.unit_id, roles: ['admin'], password: 'Mat-khau-ban-dau-1' } });
    assert.equal(created.status, 201, created.text);
    const reset = await request('POST', '/api/v1/password-reset', { base: srv.url, body: { login: name } });
    assert.equal(reset.status, 202);
    const unknown = await request('POST', '/api/v1/password-reset', { base: srv.url, body: { login: 'khong.ton.tai' } });
    assert.equal(unknown.status, 202);
    assert.equal(unknown.json.message, reset.json.message);
    // The SMTP server is down: the email waits with the error and is retried.
    const queued = await until('a failed attempt', async () => {
      const e = (await request('GET', '/api/v1/emails', { session: admin })).json.emails.find((m) => m.to === email);
      return e && e.attempts >= 1 && e.last_error ? e : null;
    });
    assert.equal(queued.status, 'pending');
    assert.match(queued.last_error, /Gửi thư thất bại/);
    sink = await smtpSink(port);
    const msg = await until('the reset email', () => sink.messages.find((m) => m.to.includes(email) && /Đặt lại mật khẩu/.test(m.subject)), 30000);
    assert.equal(msg.subject, '[ATGT Học đường] Đặt lại mật khẩu');
    const token = msg.body.match(/reset-password\?token=([A-Za-z0-9_-]+)/)[1];
    const weak = await request('POST', '/api/v1/password-reset/confirm', { base: srv.url, body: { token, new_password: name + '-123456' } });
    assert.equal(weak.status, 422);
    const ok = await request('POST', '/api/v1/password-reset/confirm', { base: srv.url, body: { token, new_password: 'Mat-khau-moi-qua-email-7' } });
    assert.equal(ok.status, 200, ok.text);
    assert.equal(ok.json.login, name);
    const again = await request('POST', '/api/v1/password-reset/confirm', { base: srv.url, body: { token, new_password: 'Mat-khau-khac-nua-8' } });
    assert.equal(again.status, 422);
    assert.equal(again.json.error.code, 'reset_link_invalid');
    const user = await login(name, 'Mat-khau-moi-qua-email-7', srv.url);
    assert.equal(user.user.must_change_password, false);
    // Immediate: a finished job sends its email at once.
    const j1 = await request('POST', '/api/v1/jobs', { session: user, body: { kind: 'audit_export', params: { from: '2099-01-01' } } });
    await waitJob(user, j1.json.job.id);
    await until('the job email', () => sink.messages.find((m) => m.to.includes(email) && m.subject.includes('Đã xong: Xuất nhật ký thao tác')));
    // Daily: no email at once, one digest when the digest task runs.
    assert.equal((await request('PUT', '/api/v1/notification-prefs', { session: user, body: { email_mode: 'daily' } })).json.email_mode, 'daily');
    const before = sink.messages.length;
    const j2 = await request('POST', '/api/v1/jobs', { session: user, body: { kind: 'audit_export', params: { from: '2099-01-01' } } });
    await waitJob(user, j2.json.job.id);
    await sleep(2500);
    assert.equal(sink.messages.length, before);
    assert.equal((await request('POST', '/api/v1/scheduler/notifications.digest/run', { session: admin })).status, 202);
    const digest = await until('the digest', () => sink.messages.find((m) => m.to.includes(email) && /1 thông báo mới/.test(m.subject)), 30000);
    assert.match(digest.body, /Đã xong: Xuất nhật ký thao tác/);
    const unread = await request('GET', '/api/v1/notifications/unread-count', { session: user });
    assert.equal(unread.json.unread_count, 2);
  } finally {
    srv.child.kill('SIGTERM');
    await exited(srv.child);
    if (sink) await sink.close();
  }
});
