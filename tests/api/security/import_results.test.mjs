// Defect 9 of issue 7: the result file of a users import lists initial passwords in plain text.
// On the main of 06/12/2026 it could never be deleted and went into every backup. Now it expires
// (72 hours, or as soon as every imported account has changed its password), the retention task
// removes it, and every download of it is audited.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { request, login, uniqueLogin, waitJob } from '../lib.mjs';

test('the initial passwords go once every imported account has changed its password', async () => {
  const admin = await login('admin');
  const prefix = uniqueLogin('kq');
  const csv = `Mã đơn vị,Họ tên,Email,Vai trò,Tên đăng nhập\n03002,Người Một,${prefix}.1@example.edu.vn,Giáo viên,${prefix}.1\n03002,Người Hai,${prefix}.2@example.edu.vn,Giáo viên,${prefix}.2\n`;
  const up = await request('POST', '/api/v1/uploads?name=tai-khoan.csv', { session: admin, raw: csv, headers: { 'content-type': 'application/octet-stream' } });
  assert.equal(up.status, 201, up.text);
  const created = await request('POST', '/api/v1/jobs', { session: admin, body: { kind: 'users_import', file_id: up.json.file.id } });
  const job = await waitJob(admin, created.json.job.id);
  assert.equal(job.status, 'done', JSON.stringify(job.error));
  const file = await request('GET', job.result_file.download_url, { session: admin, binary: true });
  assert.equal(file.status, 200);
  // the download is audited
  const audit = await request('GET', '/api/v1/audit?entity=file&limit=50', { session: admin });
  assert.ok(audit.json.entries.some((e) => e.action === 'download' && e.changes.job_id === job.id), 'download audited');
  const lines = file.text.replace(/^\uFEFF/, '').trim().split('\r\n').slice(1).map((l) => l.split(','));
  const runPurge = async () => {
    assert.equal((await request('POST', '/api/v1/scheduler/retention.purge/run', { session: admin })).status, 202);
    await new Promise((r) => setTimeout(r, 2500));
  };
  // One account changed its password: the list stays for the other.
  for (const [i, [loginName, , , , , initial]] of lines.entries()) {
    const s = await login(loginName, initial);
    const c = await request('POST', '/api/v1/session/password', { session: s, body: { current_password: initial, new_password: `Mat-khau-rieng-${i}-2026` } });
    assert.equal(c.status, 200, c.text);
    await runPurge();
    const again = await request('GET', job.result_file.download_url, { session: admin, binary: true });
    assert.equal(again.status, i === 0 ? 200 : 404, `after ${i + 1} change(s)`);
  }
});
