// The search box in the header: a unit found by its name without accents opens its card; an
// administrator also finds people, and a person opens the users page filtered to that login.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { ADMIN, SKIP, TEST_TIMEOUT, checkScreen, launch, login } from './lib.mjs';

describe('global search', { skip: SKIP, timeout: TEST_TIMEOUT * 2 }, () => {
  let browser;
  before(async () => {
    browser = await launch();
    await login(browser.page, ADMIN);
  });
  after(async () => {
    await browser?.close();
  });

  test('units and people are found from the header', { timeout: TEST_TIMEOUT }, async () => {
    const { page } = browser;
    const box = page.getByRole('combobox', { name: 'Tìm kiếm nhanh (đơn vị, người dùng)' });
    await box.fill('thpt hong bang');
    const option = page.locator('.ant-select-item-option').filter({ hasText: 'Trường THPT Hồng Bàng' }).first();
    await option.waitFor();
    await checkScreen(page, 'global search');
    if (!(await option.isVisible())) await box.fill('thpt hong ban');
    await page.locator('.ant-select-item-option').filter({ hasText: 'Trường THPT Hồng Bàng' }).first().click();
    await page.waitForURL((url) => /^\/to-chuc\/\d+$/.test(url.pathname));
    await page.getByRole('heading', { level: 2, name: 'Trường THPT Hồng Bàng' }).waitFor();

    await page.goto('/');
    const session = await (await page.request.get('/api/v1/users?q=gv.hongbang')).json();
    const person = session.users.find((u) => u.login === 'gv.hongbang');
    assert.ok(person, 'demo teacher gv.hongbang exists');
    await box.fill(person.full_name);
    const personOption = page.locator('.ant-select-item-option').filter({ hasText: 'gv.hongbang' }).first();
    await personOption.waitFor();
    await personOption.click();
    await page.waitForURL((url) => url.pathname === '/nguoi-dung' && url.searchParams.get('q') === 'gv.hongbang');
    await page.locator('.ant-table-row').filter({ hasText: 'gv.hongbang' }).first().waitFor();
  });
});
