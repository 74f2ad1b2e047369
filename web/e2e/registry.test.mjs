// Registry editing: merge two units into a new unit through the wizard (choose → preview →
// confirm), then find the new unit in the tree. Each run creates a unit with a unique code.
//
//   ATGT_E2E_MERGE_QUERY  text that finds the units to merge in the picker (default "THPT"); the
//                         first two matching units valid on the effective date (today) are merged.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { ADMIN, SKIP, TEST_TIMEOUT, checkScreen, launch, login, pickUnits, uniqueSuffix } from './lib.mjs';

const MERGE_QUERY = process.env.ATGT_E2E_MERGE_QUERY || 'THPT';

describe('registry editing', { skip: SKIP, timeout: TEST_TIMEOUT * 3 }, () => {
  let browser;
  before(async () => {
    browser = await launch();
    await login(browser.page, ADMIN);
  });
  after(async () => {
    await browser?.close();
  });

  test('the merge wizard previews and applies a merge into a new unit', { timeout: TEST_TIMEOUT }, async () => {
    const { page } = browser;
    const suffix = uniqueSuffix();
    const code = `E2E-${suffix}`.toUpperCase();
    const name = `Đơn vị hợp nhất kiểm thử ${suffix}`;

    await page.goto('/to-chuc/chinh-sua');
    await page.getByRole('heading', { level: 1, name: 'Cập nhật danh mục tổ chức' }).waitFor();
    await checkScreen(page, 'registry editing');

    await page.getByRole('radio', { name: 'Sáp nhập', exact: true }).check();
    const merged = await pickUnits(page, 'Các đơn vị sáp nhập', MERGE_QUERY, 2);
    await page.getByRole('radio', { name: 'Thành lập đơn vị mới', exact: true }).check();
    await page.getByLabel('Mã đơn vị', { exact: true }).fill(code);
    await page.getByLabel('Tên đơn vị', { exact: true }).fill(name);
    // The type and the parent are taken from the first merged unit; choose a type if it was not.
    const typeItem = page.locator('.ant-form-item').filter({ has: page.getByLabel('Loại đơn vị', { exact: true }) });
    if ((await typeItem.locator('.ant-select-content-value, .ant-select-selection-item').count()) === 0) {
      await page.getByLabel('Loại đơn vị', { exact: true }).click();
      await page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option').first().click();
    }
    await page.getByLabel(/^Căn cứ, ghi chú/).fill('Kiểm thử tự động trình hướng dẫn sáp nhập');
    await checkScreen(page, 'merge wizard, step 1');

    await page.getByRole('button', { name: 'Xem trước thay đổi' }).click();
    await page.getByRole('heading', { level: 2, name: 'Thay đổi đối với các đơn vị' }).waitFor();
    const changes = page.locator('.preview-table').first();
    for (const unit of merged) await changes.getByText(unit, { exact: true }).first().waitFor();
    await changes.getByText(name, { exact: true }).first().waitFor();
    await checkScreen(page, 'merge wizard, preview');

    await page.getByRole('button', { name: 'Tiếp tục' }).click();
    await page.getByRole('button', { name: 'Áp dụng thay đổi' }).waitFor();
    await checkScreen(page, 'merge wizard, confirmation');
    await page.getByRole('button', { name: 'Áp dụng thay đổi' }).click();
    await page.getByRole('heading', { level: 2, name: 'Đã áp dụng thay đổi' }).waitFor();
    await checkScreen(page, 'merge wizard, done');

    // The new unit is in today's tree; the merged units are not.
    await page.getByRole('button', { name: /^Xem sơ đồ ngày / }).click();
    await page.waitForURL((url) => url.pathname === '/to-chuc');
    await page.getByLabel('Tìm đơn vị').fill(suffix);
    await page.locator('.org-tree .unit-name').getByText(name, { exact: true }).waitFor();
    await page.getByLabel('Tìm đơn vị').fill(merged[0]);
    await page.locator('.org-tree').or(page.getByText('Không có đơn vị phù hợp trong sơ đồ ngày này.')).first().waitFor();
    assert.equal(await page.locator('.org-tree .unit-name').getByText(merged[0], { exact: true }).count(), 0, `${merged[0]} should have ended`);
  });

  test('rename and move have their own form', { timeout: TEST_TIMEOUT }, async () => {
    const { page } = browser;
    await page.goto('/to-chuc/chinh-sua');
    await page.getByRole('radiogroup', { name: 'Loại cập nhật' }).getByText('Đổi tên, chuyển trực thuộc', { exact: true }).click();
    await page.getByLabel('Tên mới', { exact: true }).waitFor();
    await page.getByRole('radio', { name: 'Chuyển trực thuộc', exact: true }).check();
    await page.getByLabel('Đơn vị cấp trên mới', { exact: true }).waitFor();
    await checkScreen(page, 'rename/move form');
  });
});
