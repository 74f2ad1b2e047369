// Notification centre: when a job of mine finishes, the bell in the header counts it; the dropdown
// shows "Đã xong: Nhập tài khoản từ tệp CSV", a click opens the job page and the count drops. Then
// the /notifications page (unread filter, mark all read) and the e-mail settings on /tai-khoan.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { ADMIN, SKIP, TEST_TIMEOUT, checkScreen, launch, login, uniqueSuffix } from './lib.mjs';

/** Starts a small users_import job through the API (as the logged-in admin) and waits for it. */
async function finishedImportJob(page, suffix) {
  const session = await (await page.request.get('/api/v1/session')).json();
  const headers = { 'X-CSRF-Token': session.csrf_token };
  const csv = ['Mã đơn vị,Họ tên,Email,Vai trò,Tên đăng nhập']
    .concat([1, 2, 3].map((i) => `03002,Người Nhận Tin ${i},tb.${suffix}.${i}@example.edu.vn,school_staff,tb.${suffix}.${i}`))
    .join('\n');
  const up = await page.request.post(`/api/v1/uploads?name=${encodeURIComponent(`thong-bao-${suffix}.csv`)}`, {
    headers: { ...headers, 'Content-Type': 'application/octet-stream' },
    data: Buffer.from(csv + '\n', 'utf8'),
  });
  assert.equal(up.status(), 201, await up.text());
  const fileId = (await up.json()).file.id;
  const created = await page.request.post('/api/v1/jobs', { headers, data: { kind: 'users_import', file_id: fileId } });
  assert.equal(created.status(), 201, await created.text());
  const jobId = (await created.json()).job.id;
  const deadline = Date.now() + 60_000;
  for (;;) {
    const job = (await (await page.request.get(`/api/v1/jobs/${jobId}`)).json()).job;
    if (job.status === 'done') return jobId;
    assert.notEqual(job.status, 'failed', JSON.stringify(job.error));
    assert.ok(Date.now() < deadline, 'the job did not finish in time');
    await page.waitForTimeout(300);
  }
}

async function bellCount(page) {
  const label = await page.getByRole('button', { name: /^Thông báo/ }).first().getAttribute('aria-label');
  const m = /(\d+) chưa đọc/.exec(label ?? '');
  return m ? Number(m[1]) : 0;
}

describe('notification centre', { skip: SKIP, timeout: TEST_TIMEOUT * 2 }, () => {
  let browser;
  before(async () => {
    browser = await launch();
    await login(browser.page, ADMIN);
  });
  after(async () => {
    await browser?.close();
  });

  test('a finished job shows in the bell and opens the job page', { timeout: TEST_TIMEOUT }, async () => {
    const { page } = browser;
    const jobId = await finishedImportJob(page, uniqueSuffix());

    await page.goto('/');
    const bell = page.getByRole('button', { name: /^Thông báo/ }).first();
    await page.waitForFunction(() => /\d+ chưa đọc/.test(document.querySelector('.notification-bell')?.getAttribute('aria-label') ?? ''));
    const before = await bellCount(page);
    assert.ok(before >= 1, `unread count ${before}`);

    await bell.click();
    const popup = page.getByRole('region', { name: 'Thông báo gần đây' });
    await popup.waitFor();
    const item = popup.getByRole('button', { name: /Đã xong: Nhập tài khoản từ tệp CSV/ }).first();
    await item.waitFor();
    await checkScreen(page, 'notification dropdown');
    // The check resizes the window, which may close the dropdown.
    if (!(await popup.isVisible())) await bell.click();
    await popup.getByRole('button', { name: /Đã xong: Nhập tài khoản từ tệp CSV/ }).first().click();
    await page.waitForURL((url) => url.pathname === `/jobs/${jobId}`);
    await page.getByRole('heading', { level: 1, name: 'Nhập tài khoản từ tệp CSV' }).waitFor();
    await page.waitForFunction(
      (n) => {
        const m = /(\d+) chưa đọc/.exec(document.querySelector('.notification-bell')?.getAttribute('aria-label') ?? '');
        return (m ? Number(m[1]) : 0) < n;
      },
      before,
    );
    assert.ok((await bellCount(page)) < before, 'the unread count dropped');
  });

  test('the notifications page filters unread and marks all read', { timeout: TEST_TIMEOUT }, async () => {
    const { page } = browser;
    await page.goto('/notifications');
    await page.getByRole('heading', { level: 1, name: 'Thông báo' }).waitFor();
    await page.locator('.notification-page-list .notification-item').first().waitFor();
    await checkScreen(page, 'notifications page');

    await page.getByRole('switch', { name: 'Chỉ hiện thông báo chưa đọc' }).click();
    await page.getByRole('heading', { level: 2, name: 'Thông báo chưa đọc' }).waitFor();
    const markAll = page.getByRole('button', { name: 'Đánh dấu tất cả đã đọc' });
    if (await markAll.isEnabled()) await markAll.click();
    await page.getByText('Không có thông báo chưa đọc.').waitFor();
    await page.waitForFunction(() => !/chưa đọc/.test(document.querySelector('.notification-bell')?.getAttribute('aria-label') ?? 'x chưa đọc'));
  });

  test('e-mail settings are saved on the account page', { timeout: TEST_TIMEOUT }, async () => {
    const { page } = browser;
    await page.goto('/tai-khoan');
    await page.getByRole('heading', { level: 1, name: 'Tài khoản của tôi' }).waitFor();
    const group = page.getByRole('radiogroup', { name: 'Gửi thông báo qua thư điện tử' });
    await group.waitFor();
    await checkScreen(page, 'account page');
    const original = (await group.getByRole('radio', { checked: true }).getAttribute('value')) ?? 'immediate';
    await group.getByText('Gửi thư tổng hợp hằng ngày').click();
    await page.getByText('Đã lưu cài đặt thông báo.').first().waitFor();
    const prefs = await (await page.request.get('/api/v1/notification-prefs')).json();
    assert.equal(prefs.email_mode, 'daily');
    // Put the setting back.
    const labels = { off: 'Không gửi thư (chỉ xem trong hệ thống)', immediate: 'Gửi thư ngay khi có thông báo', daily: 'Gửi thư tổng hợp hằng ngày' };
    if (original !== 'daily') {
      await group.getByText(labels[original]).click();
      await page.waitForFunction(async (mode) => (await (await fetch('/api/v1/notification-prefs')).json()).email_mode === mode, original);
    }
  });
});
