// The organisation browser: the 2025 reform seen as of 31/12/2024 and 31/12/2025, accent-free
// search, and a unit's card with its history.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { ADMIN, SKIP, TEST_TIMEOUT, checkScreen, launch, login } from './lib.mjs';

const OLD_OFFICE = 'Phòng Giáo dục và Đào tạo quận Hồng Bàng';
const NEW_OFFICE = 'Phòng Văn hóa - Xã hội phường Hồng Bàng';

describe('organisation browser', { skip: SKIP, timeout: TEST_TIMEOUT * 4 }, () => {
  let browser;
  before(async () => {
    browser = await launch();
    await login(browser.page, ADMIN);
  });
  after(async () => {
    await browser?.close();
  });

  /** The unit names shown in the tree (not in other lists on the page). */
  const treeName = (page, name) => page.locator('.org-tree .unit-name').getByText(name, { exact: true });

  test('as of 31/12/2024 the district education office exists and the commune office does not', { timeout: TEST_TIMEOUT }, async () => {
    const { page } = browser;
    await page.goto('/to-chuc');
    await page.getByRole('heading', { level: 1, name: 'Cơ cấu tổ chức' }).waitFor();
    await page.getByRole('button', { name: '31/12/2024', exact: true }).click();
    await page.waitForURL((url) => url.searchParams.get('ngay') === '2024-12-31');
    await page.getByRole('heading', { level: 2, name: 'Sơ đồ tổ chức ngày 31/12/2024' }).waitFor();
    await page.locator('.org-tree').waitFor();
    assert.equal(await page.getByLabel('Xem theo ngày').inputValue(), '31/12/2024');
    await checkScreen(page, 'organisation 31/12/2024');

    // Typed without accents: the client-side filter folds them.
    await page.getByLabel('Tìm đơn vị').fill('hong bang');
    await treeName(page, OLD_OFFICE).waitFor();
    assert.equal(await treeName(page, NEW_OFFICE).count(), 0, `${NEW_OFFICE} must not be in the 2024 tree`);
    await checkScreen(page, 'organisation 31/12/2024, search');
  });

  test('as of 31/12/2025 the commune office replaces it', { timeout: TEST_TIMEOUT }, async () => {
    const { page } = browser;
    await page.getByRole('button', { name: '31/12/2025', exact: true }).click();
    await page.waitForURL((url) => url.searchParams.get('ngay') === '2025-12-31');
    await page.getByRole('heading', { level: 2, name: 'Sơ đồ tổ chức ngày 31/12/2025' }).waitFor();
    await page.getByLabel('Tìm đơn vị').fill('hong bang');
    await treeName(page, NEW_OFFICE).waitFor();
    assert.equal(await treeName(page, OLD_OFFICE).count(), 0, `${OLD_OFFICE} must not be in the 2025 tree`);
    // The server search still finds the old office, listed as not valid on that date.
    await page
      .getByRole('region', { name: 'Đơn vị phù hợp nhưng không có hiệu lực vào ngày 31/12/2025' })
      .getByRole('link', { name: OLD_OFFICE, exact: true })
      .waitFor();
    await checkScreen(page, 'organisation 31/12/2025, search');
  });

  test('the date can be typed as dd/mm/yyyy', { timeout: TEST_TIMEOUT }, async () => {
    const { page } = browser;
    const input = page.getByLabel('Xem theo ngày');
    await input.click();
    await input.fill('31/12/2024');
    await input.press('Enter');
    await page.waitForURL((url) => url.searchParams.get('ngay') === '2024-12-31');
    await page.getByRole('heading', { level: 2, name: 'Sơ đồ tổ chức ngày 31/12/2024' }).waitFor();
  });

  test("a unit's card shows its details, versions and history", { timeout: TEST_TIMEOUT }, async () => {
    const { page } = browser;
    await page.getByLabel('Tìm đơn vị').fill('hong bang');
    await treeName(page, OLD_OFFICE).click();
    await page.waitForURL((url) => /^\/to-chuc\/\d+$/.test(url.pathname) && url.searchParams.get('ngay') === '2024-12-31');
    const card = page.getByRole('dialog');
    await card.getByRole('heading', { level: 2, name: OLD_OFFICE }).waitFor();
    await card.getByRole('heading', { level: 3, name: 'Thông tin chung' }).waitFor();
    await card.getByRole('heading', { level: 3, name: 'Lịch sử tên và trực thuộc' }).waitFor();
    await card.getByRole('heading', { level: 3, name: 'Lịch sử sự kiện' }).waitFor();
    await card.getByRole('heading', { level: 3, name: 'Đơn vị tương ứng vào ngày 31/12/2024' }).waitFor();
    await card.locator('.unit-events .unit-event').first().waitFor();
    await checkScreen(page, 'unit card');

    // Follow a successor from the event history: the card switches to that unit.
    const events = card.locator('.unit-events .unit-event');
    const links = events.getByRole('link');
    const count = await links.count();
    let followed = false;
    for (let i = 0; i < count; i++) {
      const name = (await links.nth(i).innerText()).trim();
      if (name === OLD_OFFICE) continue;
      await links.nth(i).click();
      await card.getByRole('heading', { level: 2, name, exact: true }).waitFor();
      followed = true;
      break;
    }
    assert.ok(followed, 'the history of the district office should link to another unit');

    await card.getByRole('button', { name: /Close|Đóng/ }).click();
    await page.waitForURL((url) => url.pathname === '/to-chuc');
  });
});
