// Scheduled tasks (admin): the page lists the tasks with their schedule and last run, "Chạy ngay"
// queues a run that then appears among the recent runs; the e-mail queue and the templates show.
// Other roles are refused.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { ADMIN, SCHOOL, SKIP, TEST_TIMEOUT, checkScreen, launch, login, logout } from './lib.mjs';

describe('scheduled tasks', { skip: SKIP, timeout: TEST_TIMEOUT * 2 }, () => {
  let browser;
  before(async () => {
    browser = await launch();
  });
  after(async () => {
    await browser?.close();
  });

  test('the administrator sees the tasks and runs one now', { timeout: TEST_TIMEOUT }, async () => {
    const { page } = browser;
    await login(page, ADMIN);
    await page.getByRole('navigation', { name: 'Điều hướng chính' }).getByText('Tác vụ định kỳ').click();
    await page.waitForURL((url) => url.pathname === '/tac-vu-dinh-ky');
    await page.getByRole('heading', { level: 1, name: 'Tác vụ định kỳ' }).waitFor();
    const tasks = page.locator('.scheduler-tasks');
    // Tasks by their titles (from the API), never their codes.
    const scheduler = await (await page.request.get('/api/v1/scheduler')).json();
    const titleOf = (name) => scheduler.tasks.find((t) => t.name === name)?.title;
    for (const name of ['email.deliver', 'files.collect', 'notifications.digest', 'sessions.purge']) {
      assert.ok(titleOf(name), name);
      await tasks.getByText(titleOf(name), { exact: true }).first().waitFor();
    }
    assert.equal(await tasks.locator('code').count(), 0);
    await page.getByRole('heading', { level: 2, name: 'Hàng đợi thư điện tử' }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Mẫu thông báo' }).waitFor();
    await page.getByText('Khi tác vụ nền hoàn thành', { exact: true }).waitFor();
    assert.equal(await page.getByText('job_done', { exact: true }).count(), 0);
    await checkScreen(page, 'scheduler');

    // files.collect runs hourly: after "Chạy ngay" a run of it shows among the recent runs.
    const row = tasks.locator('tr').filter({ has: page.getByText(titleOf('files.collect'), { exact: true }) });
    const title = (await row.locator('.cell-strong').innerText()).trim();
    const runs = page.locator('.scheduler-runs');
    const before = await runs.locator('tr', { hasText: title }).count();
    await row.getByRole('button', { name: `Chạy ngay: ${title}` }).click();
    await page.getByText('Tác vụ sẽ chạy trong vài giây tới.').first().waitFor();
    await page.waitForFunction(
      ({ title, before }) =>
        [...document.querySelectorAll('.scheduler-runs tbody tr')].filter((tr) => tr.textContent.includes(title)).length > before,
      { title, before },
      { timeout: 30_000 },
    );
    await row.getByText('Thành công').waitFor({ timeout: 15_000 });
    // The runner shows as a numbered server, its id only in the tooltip.
    assert.equal(await runs.getByText(/^vm:|:\d+:/).count(), 0);
    await logout(page);
  });

  test('other roles cannot open it', { skip: !SCHOOL && 'set ATGT_E2E_SCHOOL', timeout: TEST_TIMEOUT }, async () => {
    const { page } = browser;
    await login(page, SCHOOL);
    assert.equal(await page.getByRole('navigation', { name: 'Điều hướng chính' }).getByText('Tác vụ định kỳ').count(), 0);
    await page.goto('/tac-vu-dinh-ky');
    await page.getByRole('heading', { level: 1, name: 'Không có quyền truy cập' }).waitFor();
    await logout(page);
  });
});
