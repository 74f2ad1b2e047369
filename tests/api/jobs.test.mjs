// Jobs over HTTP: the users import (preview with row errors, a job with progress, all accounts or
// none, a result file with the initial passwords for the importer only, the first-login
// password change), a failed job and its retry, the audit export, and privacy of jobs.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { request, login, uniqueLogin, waitJob } from './lib.mjs';

function upload(session, name, text) {
  return request('POST', `/api/v1/uploads?name=${encodeURIComponent(name)}`, { session, raw: Buffer.from(text), headers: { 'content-type': 'application/octet-stream' } });
}

function csv(rows) {
  return 'Mã đơn vị,Họ tên,Email,Vai trò,Tên đăng nhập\n' + rows.map((r) => r.join(',')).join('\n') + '\n';
}

test('users import: preview, a job with progress, accounts that must change their password', async () => {
  const admin = await login('admin');
  const prefix = uniqueLogin('nk');
  const rows = Array.from({ length: 30 }, (_, i) => ['03002', `Nguyễn Văn Số ${i + 1}`, `${prefix}.${i}@example.edu.vn`, i % 2 ? 'Giáo viên' : 'school_staff', `${prefix}.${i}`]);
  const up = await upload(admin, 'tai-khoan.csv', csv(rows));
  assert.equal(up.status, 201, up.text);
  const pre = await request('POST', '/api/v1/users/import/preview', { session: admin, body: { file_id: up.json.file.id } });
  assert.equal(pre.status, 200, pre.text);
  assert.equal(pre.json.count, 30);
  assert.equal(pre.json.rows[0].unit_name, 'Trường THPT Hồng Bàng');
  const created = await request('POST', '/api/v1/jobs', { session: admin, body: { kind: 'users_import', file_id: up.json.file.id } });
  assert.equal(created.status, 201, created.text);
  assert.ok(['queued', 'running'].includes(created.json.job.status));  // a runner may already have taken it
  const seen = [];
  const job = await waitJob(admin, created.json.job.id, seen);
  assert.equal(job.status, 'done', JSON.stringify(job.error));
  assert.equal(job.percent, 100);
  assert.equal(job.rows_done, 30);
  assert.equal(job.result.created, 30);
  assert.ok(new Set(seen).size >= 3, `progress seen: ${[...new Set(seen)]}`);
  // The result file: the initial passwords, for the importer only.
  const file = await request('GET', job.result_file.download_url, { session: admin, binary: true });
  assert.equal(file.status, 200);
  const lines = file.text.replace(/^\uFEFF/, '').trim().split('\r\n');
  assert.equal(lines.length, 31);
  const [loginName, , , , , initial] = lines[1].split(',');
  assert.equal(loginName, `${prefix}.0`);
  const other = await login('so.gddt');
  assert.equal((await request('GET', job.result_file.download_url, { session: other, binary: true })).status, 404);
  assert.equal((await request('GET', `/api/v1/jobs/${job.id}`, { session: other })).status, 404);
  // The new account logs in with the initial password and must change it first.
  const s = await login(loginName, initial);
  assert.equal(s.user.must_change_password, true);
  assert.equal((await request('GET', '/api/v1/home', { session: s })).status, 403);
  // A notification tells the importer.
  const notes = await request('GET', '/api/v1/notifications', { session: admin });
  const n = notes.json.notifications.find((x) => x.entity === 'job' && x.entity_id === String(job.id));
  assert.ok(n, 'no notification for the job');
  assert.equal(n.title, 'Đã xong: Nhập tài khoản từ tệp CSV');
  assert.equal(n.link, `/jobs/${job.id}`);
  // The audit log has each imported account, by the importer.
  const audit = await request('GET', '/api/v1/audit?entity=user&limit=200', { session: admin });
  const imported = audit.json.entries.filter((e) => e.changes.source === 'import' && String(e.changes.login).startsWith(prefix));
  assert.equal(imported.length, 30);
  assert.ok(imported.every((e) => e.user_id === admin.user.id && e.action === 'create'));
  assert.ok(imported.every((e) => e.batch_id === `job:${job.id}`));
  // The whole import is one batch: filtering by it gives exactly its 30 accounts.
  const batch = await request('GET', `/api/v1/audit?batch_id=${encodeURIComponent(`job:${job.id}`)}&limit=200`, { session: admin });
  assert.equal(batch.status, 200, batch.text);
  assert.equal(batch.json.entries.length, 30);
  assert.deepEqual(new Set(batch.json.entries.map((e) => e.changes.login)), new Set(rows.map((r) => r[4])));
  // A batch filter that is empty or too long is refused, in the list and in the export.
  for (const bad of ['', 'x'.repeat(81)]) {
    const r = await request('GET', `/api/v1/audit?batch_id=${bad}`, { session: admin });
    assert.equal(r.status, 422, `batch_id of ${bad.length} characters`);
    assert.ok(r.json.error.fields.batch_id);
  }
  const longExport = await request('POST', '/api/v1/jobs', { session: admin, body: { kind: 'audit_export', params: { batch_id: 'x'.repeat(81) } } });
  assert.equal(longExport.status, 422);
  // The export of that batch has the same 30 rows.
  const exp = await request('POST', '/api/v1/jobs', { session: admin, body: { kind: 'audit_export', params: { batch_id: `job:${job.id}` } } });
  assert.equal(exp.status, 201, exp.text);
  const expDone = await waitJob(admin, exp.json.job.id);
  assert.equal(expDone.status, 'done', JSON.stringify(expDone.error));
  const expFile = await request('GET', expDone.result_file.download_url, { session: admin, binary: true });
  const expLines = expFile.text.replace(/^\uFEFF/, '').trim().split('\r\n');
  assert.equal(expLines.length, 31, 'a header and the 30 accounts of the batch');
});

test('users import: every row error at once (row and column), and a failed job creates nothing', async () => {
  const admin = await login('admin');
  const p = uniqueLogin('loi');
  const text = csv([
    ['03002', 'Người Đúng', `${p}.ok@example.edu.vn`, 'school_staff', `${p}.ok`],
    ['KHONG-CO', 'Người Sai Đơn Vị', `${p}.a@example.edu.vn`, 'school_staff', `${p}.a`],
    ['03002', '', 'khong-phai-email', 'hieu_truong_gia', 'admin'],
    ['CAHP', 'Người Ngoài Phạm Vi', `${p}.b@example.edu.vn`, 'traffic_police', `${p}.b`],
    ['03002', 'Trùng', `${p}.ok@example.edu.vn`, 'school_staff', `${p}.ok`],
  ]);
  const up = await upload(admin, 'loi.csv', text);
  const pre = await request('POST', '/api/v1/users/import/preview', { session: admin, body: { file_id: up.json.file.id } });
  assert.equal(pre.status, 422);
  const rows = pre.json.error.rows.map((r) => `${r.row}:${r.column}`);
  for (const want of ['3:Mã đơn vị', '4:Họ tên', '4:Email', '4:Vai trò', '4:Tên đăng nhập', '5:Mã đơn vị', '6:Tên đăng nhập'])
    assert.ok(rows.includes(want), `missing ${want} in ${rows}`);
  const created = await request('POST', '/api/v1/jobs', { session: admin, body: { kind: 'users_import', file_id: up.json.file.id } });
  const job = await waitJob(admin, created.json.job.id);
  assert.equal(job.status, 'failed');
  assert.equal(job.error.code, 'validation');
  assert.ok(job.error.rows.length >= 7);
  assert.equal((await request('GET', `/api/v1/users?q=${encodeURIComponent(p)}`, { session: admin })).json.users.length, 0);
  // Retry runs it again (and it fails again: the file has not changed).
  const retried = await request('POST', `/api/v1/jobs/${job.id}/retry`, { session: admin });
  assert.equal(retried.status, 200, retried.text);
  assert.ok(['queued', 'running'].includes(retried.json.job.status));
  const again = await waitJob(admin, job.id);
  assert.equal(again.status, 'failed');
  assert.equal(again.attempts, 2);
  // The home page tells the owner about the failed job.
  const home = await request('GET', '/api/v1/home', { session: admin });
  assert.ok(home.json.items.some((i) => i.kind === 'jobs_failed' && i.link === '/jobs' && i.count >= 1));
  // A job that is not failed cannot be retried.
  const ok = await request('POST', '/api/v1/jobs', { session: admin, body: { kind: 'audit_export', params: { from: '2099-01-01' } } });
  await waitJob(admin, ok.json.job.id);
  assert.equal((await request('POST', `/api/v1/jobs/${ok.json.job.id}/retry`, { session: admin })).status, 409);
});

test('jobs refuse a deleted, foreign or non-CSV input file and unknown kinds', async () => {
  const admin = await login('admin');
  const up = await upload(admin, 'xoa.csv', 'a,b\n');
  assert.equal((await request('DELETE', `/api/v1/files/${up.json.file.id}`, { session: admin })).status, 204);
  const r = await request('POST', '/api/v1/jobs', { session: admin, body: { kind: 'users_import', file_id: up.json.file.id } });
  assert.equal(r.status, 422);
  assert.match(r.json.error.fields.file_id, /đã bị xóa/);
  const pdf = await upload(admin, 'x.pdf', '%PDF-1.4\n%%EOF\n');
  assert.equal((await request('POST', '/api/v1/jobs', { session: admin, body: { kind: 'users_import', file_id: pdf.json.file.id } })).status, 422);
  assert.equal((await request('POST', '/api/v1/jobs', { session: admin, body: { kind: 'khong_co' } })).status, 422);
  assert.equal((await request('POST', '/api/v1/jobs', { session: admin, body: { kind: 'users_import' } })).status, 422);
  assert.equal((await request('POST', '/api/v1/jobs', { session: admin, body: { kind: 'audit_export', params: { from: '2025-13-01' } } })).status, 422);
  assert.equal((await request('GET', '/api/v1/jobs/999999', { session: admin })).status, 404);
});

test('audit export: a CSV of the log within the administrator scope', async () => {
  const admin = await login('admin');
  const r = await request('POST', '/api/v1/jobs', { session: admin, body: { kind: 'audit_export', params: { entity: 'session' } } });
  assert.equal(r.status, 201, r.text);
  const job = await waitJob(admin, r.json.job.id);
  assert.equal(job.status, 'done', JSON.stringify(job.error));
  assert.ok(job.result.rows > 0);
  const file = await request('GET', job.result_file.download_url, { session: admin, binary: true });
  const lines = file.text.replace(/^\uFEFF/, '').trim().split('\r\n');
  assert.equal(lines[0], 'Mã,Thời điểm (UTC),Người thực hiện,Địa chỉ IP,Thao tác,Đối tượng,Mã đối tượng,Lô,Nội dung');
  assert.equal(lines.length, job.result.rows + 1);
  assert.ok(lines.slice(1).every((l) => l.split(',')[5] === 'session'));
  const list = await request('GET', '/api/v1/jobs', { session: admin });
  assert.ok(list.json.jobs.some((j) => j.id === job.id));
});
