// Users import from CSV as a background job: a file with an unknown unit is refused with its
// row/column errors; a file of 80 teachers of school 03002 is checked, imported as a job whose
// progress bar moves (at least two values), survives a reload of the page, and ends with a result
// file listing the new accounts.
import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { ADMIN, SKIP, TEST_TIMEOUT, checkScreen, launch, login, uniqueSuffix } from './lib.mjs';

const COUNT = 80;
const HEADER = 'Mã đơn vị,Họ tên,Email,Vai trò,Tên đăng nhập';

async function progressValue(page) {
  const v = await page.getByRole('progressbar').first().getAttribute('aria-valuenow', { timeout: 5000 });
  return Number(v);
}

describe('users import from CSV', { skip: SKIP, timeout: TEST_TIMEOUT * 2 }, () => {
  let browser;
  let dir;
  const suffix = uniqueSuffix();
  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'atgt-e2e-users-'));
    browser = await launch();
    await login(browser.page, ADMIN);
  });
  after(async () => {
    await browser?.close();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  test('80 accounts are imported by a job with a live progress bar', { timeout: TEST_TIMEOUT * 2 }, async (t) => {
    const { page } = browser;
    const bad = join(dir, 'tai-khoan-loi.csv');
    await writeFile(bad, `${HEADER}\nKHONG-CO-${suffix},Nguyễn Văn Lỗi,loi.${suffix}@example.edu.vn,school_staff,\n`);
    const good = join(dir, 'tai-khoan.csv');
    const lines = [HEADER];
    for (let i = 1; i <= COUNT; i++) {
      lines.push(`03002,Giáo Viên Nhập Thử ${i},nhap.${suffix}.${i}@example.edu.vn,school_staff,nhap.${suffix}.${i}`);
    }
    await writeFile(good, lines.join('\n') + '\n');

    await page.goto('/nguoi-dung');
    await page.getByRole('heading', { level: 1, name: 'Người dùng' }).waitFor();
    await page.getByRole('button', { name: 'Nhập từ CSV' }).click();
    const dialog = page.getByRole('dialog', { name: 'Nhập tài khoản từ tệp CSV' });
    await dialog.waitFor();
    await dialog.getByRole('link', { name: 'Tải tệp mẫu (CSV)' }).waitFor();
    await checkScreen(page, 'users import dialog');

    // A refused file: the table names the row and the column.
    await dialog.getByLabel('Tệp CSV', { exact: true }).setInputFiles(bad);
    const errors = dialog.locator('.import-errors');
    await errors.waitFor();
    const row = errors.locator('tbody tr').filter({ has: page.locator('td', { hasText: /^Mã đơn vị$/ }) });
    await row.first().waitFor();
    assert.equal((await row.first().locator('td').first().innerText()).trim(), '2');
    assert.ok(await dialog.getByRole('button', { name: /^Bắt đầu nhập/ }).isDisabled());
    await checkScreen(page, 'users import dialog, errors');

    // The valid file: preview, then start the job.
    await dialog.getByLabel('Tệp CSV', { exact: true }).setInputFiles(good);
    await dialog.getByText(`Tệp hợp lệ: ${COUNT} tài khoản sẽ được tạo.`, { exact: true }).waitFor();
    await dialog.getByRole('cell', { name: `nhap.${suffix}.1`, exact: false }).first().waitFor();
    await dialog.getByRole('button', { name: `Bắt đầu nhập ${COUNT} tài khoản` }).click();
    await page.waitForURL((url) => /^\/jobs\/\d+$/.test(url.pathname));
    const jobPath = new URL(page.url()).pathname;
    await page.getByRole('heading', { level: 1, name: 'Nhập tài khoản từ tệp CSV' }).waitFor();

    // Watch the bar: it must take at least two different values; reload once while it runs.
    const seen = new Set();
    let reloaded = false;
    const deadline = Date.now() + 120_000;
    for (;;) {
      assert.ok(Date.now() < deadline, `the job did not finish; progress values seen: ${[...seen].join(', ')}`);
      const value = await progressValue(page);
      seen.add(value);
      const done = (await page.getByRole('link', { name: /Tải tệp kết quả/ }).count()) > 0;
      if (done) break;
      if (!reloaded && seen.size >= 2 && value > 0 && value < 100) {
        await page.reload();
        reloaded = true;
        assert.equal(new URL(page.url()).pathname, jobPath);
        await page.getByRole('heading', { level: 1, name: 'Nhập tài khoản từ tệp CSV' }).waitFor();
        const after = await progressValue(page);
        assert.ok(after >= value, `after the reload the job is at ${after}%, before it was at ${value}%`);
        seen.add(after);
      }
      await page.waitForTimeout(150);
    }
    if (!reloaded) {
      // Finished before a reload mid-run: a reload still shows the finished job.
      await page.reload();
      await page.getByRole('link', { name: /Tải tệp kết quả/ }).waitFor();
    }
    seen.add(await progressValue(page));
    t.diagnostic(`progress values seen: ${[...seen].sort((a, b) => a - b).join(', ')}; reloaded mid-run: ${reloaded}`);
    assert.ok(seen.size >= 2, `the progress bar took only ${[...seen].join(', ')}`);
    assert.ok(seen.has(100), 'the bar ends at 100%');
    await page.getByText('Đã xong', { exact: true }).first().waitFor();
    await checkScreen(page, 'job done');

    // The result file lists the accounts with their initial passwords.
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: /Tải tệp kết quả/ }).click()]);
    const text = (await readFile(await download.path(), 'utf8')).replace(/^\uFEFF/, '');
    const rows = text.trim().split(/\r?\n/);
    assert.match(rows[0], /Tên đăng nhập/);
    assert.equal(rows.length, COUNT + 1, 'one line per account plus the header');
    assert.ok(rows.some((r) => r.includes(`nhap.${suffix}.${COUNT}`)));

    // The audit log opens on this run's batch: one row per account created.
    const jobId = jobPath.split('/').pop();
    await page.getByRole('link', { name: 'Xem nhật ký các thay đổi của lần chạy này' }).click();
    await page.getByRole('heading', { level: 1, name: 'Nhật ký hệ thống' }).waitFor();
    await page.locator('.ant-tag').filter({ hasText: `job:${jobId}` }).waitFor();
    await page.locator('.ant-table-row').first().waitFor();
    assert.equal(await page.locator('.ant-table-row').count(), Math.min(COUNT, 50));
    await checkScreen(page, 'audit log of one import');
    await page.getByRole('button', { name: 'Bỏ lọc theo lô thao tác' }).click();
    await page.locator('.ant-tag').filter({ hasText: `job:${jobId}` }).waitFor({ state: 'detached' });
    assert.equal(new URL(page.url()).search, '');

    // The job is in my list of jobs.
    await page.goto('/jobs');
    await page.getByRole('link', { name: 'Nhập tài khoản từ tệp CSV' }).first().waitFor();
    await checkScreen(page, 'jobs list');
  });
});
