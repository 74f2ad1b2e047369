// /tai-khoan: a user edits their own email in place (issue 9); a bad address is refused on the field.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { SKIP, TEST_TIMEOUT, checkScreen, launch, login, logout } from './lib.mjs';

describe('my account', { skip: SKIP, timeout: TEST_TIMEOUT * 2 }, () => {
  let browser;
  before(async () => {
    browser = await launch();
  });
  after(async () => {
    await browser?.close();
  });

  test('a teacher sets their own email on /tai-khoan', { timeout: TEST_TIMEOUT }, async () => {
    const { page } = browser;
    await login(page, 'gv.hongbang');
    await page.goto('/tai-khoan');
    await page.getByRole('button', { name: 'Sửa thư điện tử' }).click();
    const field = page.getByLabel('Thư điện tử', { exact: true });
    await field.fill('khong-phai-email');
    await page.getByRole('button', { name: 'Lưu', exact: true }).click();
    await page.getByText('Địa chỉ thư điện tử không hợp lệ.').first().waitFor();
    await checkScreen(page, 'account email with an error');
    const address = `gv.hongbang.${Date.now().toString(36)}@truong.edu.vn`;
    await field.fill(address);
    await page.getByRole('button', { name: 'Lưu', exact: true }).click();
    await page.getByText(address).waitFor();
    const session = await page.request.get('/api/v1/session');
    assert.equal((await session.json()).user.email, address);
    await checkScreen(page, 'account with the new email');
    await logout(page);
  });
});
