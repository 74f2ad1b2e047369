// School calendar (/lich): everyone sees the school years, the holidays of a year (Tết 2026) and
// the deadline tool; the department adds, edits and deletes a holiday; a teacher has no edit buttons.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { SCHOOL, SKIP, TEST_TIMEOUT, checkScreen, launch, login, logout, pickOption, uniqueSuffix } from './lib.mjs';

const DEPARTMENT = process.env.ATGT_E2E_DEPARTMENT || 'so.gddt';

async function openCalendar(page) {
  await page.getByRole('navigation', { name: 'Điều hướng chính' }).getByText('Lịch năm học').click();
  await page.waitForURL((url) => url.pathname === '/lich');
  await page.getByRole('heading', { level: 1, name: 'Lịch năm học' }).waitFor();
}

async function showYear(page, year) {
  await pickOption(page, 'Năm', String(year));
  await page.locator('.holidays-table .ant-spin-spinning').waitFor({ state: 'detached' }).catch(() => {});
}

describe('school calendar', { skip: SKIP, timeout: TEST_TIMEOUT * 3 }, () => {
  let browser;
  before(async () => {
    browser = await launch();
  });
  after(async () => {
    await browser?.close();
  });

  test('a teacher sees the years, Tết 2026 and a deadline, and no edit buttons', { skip: !SCHOOL && 'set ATGT_E2E_SCHOOL', timeout: TEST_TIMEOUT }, async () => {
    const { page } = browser;
    await login(page, SCHOOL);
    await openCalendar(page);
    const years = page.locator('.school-years-table');
    await years.getByText('2025-2026', { exact: true }).waitFor();
    await years.getByText('05/09/2025 – 31/05/2026').first().waitFor();
    await showYear(page, 2026);
    const holidays = page.locator('.holidays-table');
    await holidays.getByText('Tết Nguyên đán Bính Ngọ').first().waitFor();
    await holidays.getByText('16/02/2026').waitFor();

    await page.getByLabel('Ngày bắt đầu', { exact: true }).fill('10/02/2026');
    await page.getByLabel('Ngày bắt đầu', { exact: true }).press('Enter');
    await page.getByLabel('Số ngày làm việc', { exact: true }).fill('5');
    await page.getByRole('button', { name: 'Tính hạn' }).click();
    // Tết (14–22/02/2026) is skipped: five working days after 10/02 is Tuesday 24/02.
    await page.locator('.deadline-result').getByText('Hạn xử lý: Thứ Ba, 24/02/2026').waitFor();
    await page.locator('.deadline-result').getByText('Hạn chót: 23:59 ngày 24/02/2026').waitFor();

    await page.locator('.periods-result').getByText('Năm thống kê').waitFor();
    assert.equal(await page.getByRole('button', { name: /^Sửa/ }).count(), 0);
    assert.equal(await page.getByRole('button', { name: /^Xóa/ }).count(), 0);
    assert.equal(await page.getByRole('button', { name: 'Thêm ngày' }).count(), 0);
    await checkScreen(page, 'calendar (teacher)');
    await logout(page);
  });

  test('the department adds, edits and deletes a holiday', { timeout: TEST_TIMEOUT }, async () => {
    const { page } = browser;
    await login(page, DEPARTMENT);
    await openCalendar(page);
    await showYear(page, 2026);
    await page.locator('.holidays-table').getByText('Tết Nguyên đán Bính Ngọ').first().waitFor();
    await checkScreen(page, 'calendar (department)');

    const name = `Ngày thử e2e ${uniqueSuffix()}`;
    await page.getByRole('button', { name: 'Thêm ngày' }).click();
    let dialog = page.getByRole('dialog', { name: 'Thêm ngày nghỉ hoặc ngày làm bù' });
    await dialog.getByLabel('Ngày', { exact: true }).fill('20/11/2026');
    await dialog.getByLabel('Ngày', { exact: true }).press('Enter');
    await dialog.getByLabel('Nghỉ bù, hoán đổi').check();
    await dialog.getByLabel('Tên', { exact: true }).fill(name);
    await dialog.getByLabel(/^Nguồn/).fill('Kiểm thử tự động');
    await dialog.getByRole('button', { name: 'Lưu' }).click();
    await dialog.waitFor({ state: 'hidden' });
    let row = page.locator('.holidays-table tr', { hasText: '20/11/2026' });
    await row.getByText(name).waitFor();
    await row.getByText('Nghỉ bù, hoán đổi').first().waitFor();

    await row.getByRole('button', { name: `Sửa ngày 20/11/2026: ${name}` }).click();
    dialog = page.getByRole('dialog', { name: 'Sửa ngày 20/11/2026' });
    await dialog.getByLabel('Tên', { exact: true }).fill(`${name} (đã sửa)`);
    await dialog.getByLabel(/Đánh dấu chưa xác minh/).check();
    await checkScreen(page, 'holiday dialog');
    await dialog.getByRole('button', { name: 'Lưu' }).click();
    await dialog.waitFor({ state: 'hidden' });
    row = page.locator('.holidays-table tr', { hasText: '20/11/2026' });
    await row.getByText(`${name} (đã sửa)`).waitFor();
    await row.getByText('Chưa xác minh').waitFor();

    await row.getByRole('button', { name: `Xóa ngày 20/11/2026: ${name} (đã sửa)` }).click();
    await page.locator('.ant-popconfirm').getByRole('button', { name: 'Xóa' }).click();
    await page.locator('.holidays-table tr', { hasText: '20/11/2026' }).waitFor({ state: 'detached' });
    await logout(page);
  });
});
