// Password reset by e-mail: "Quên mật khẩu?" on the login page asks for a login or e-mail and shows
// the server's neutral message (the same whether or not the account exists); the page of the
// e-mailed link refuses an invalid link with the server's message.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { SCHOOL, SKIP, TEST_TIMEOUT, checkScreen, launch } from './lib.mjs';

const NEUTRAL = /Nếu tài khoản tồn tại và có email, liên kết đặt lại mật khẩu đã được gửi/;

describe('password reset', { skip: SKIP, timeout: TEST_TIMEOUT * 2 }, () => {
  let browser;
  before(async () => {
    browser = await launch();
  });
  after(async () => {
    await browser?.close();
  });

  test('a reset request shows the neutral message, for a real and an unknown account', { timeout: TEST_TIMEOUT }, async () => {
    const { page } = browser;
    for (const who of [SCHOOL || 'gv.hongbang', `khong-ton-tai-${Date.now()}@example.edu.vn`]) {
      await page.goto('/dang-nhap');
      await page.getByRole('link', { name: 'Quên mật khẩu?' }).click();
      await page.waitForURL((url) => url.pathname === '/quen-mat-khau');
      await page.getByRole('heading', { level: 1, name: 'Quên mật khẩu' }).waitFor();
      await page.getByLabel('Tên đăng nhập hoặc thư điện tử', { exact: true }).fill(who);
      await checkScreen(page, 'forgot password');
      await page.getByRole('button', { name: 'Gửi liên kết đặt lại mật khẩu' }).click();
      await page.getByText(NEUTRAL).waitFor();
      await checkScreen(page, 'forgot password, sent');
    }
    await page.getByRole('link', { name: 'Quay lại đăng nhập' }).click();
    await page.waitForURL((url) => url.pathname === '/dang-nhap');
  });

  test('an invalid link is refused with the server message', { timeout: TEST_TIMEOUT }, async () => {
    const { page } = browser;
    await page.goto('/reset-password?token=khong-hop-le');
    await page.getByRole('heading', { level: 1, name: 'Đặt lại mật khẩu' }).waitFor();
    await checkScreen(page, 'reset password');
    // Too short: refused on the form first.
    await page.getByLabel('Mật khẩu mới', { exact: true }).fill('ngan');
    await page.getByLabel('Nhập lại mật khẩu mới', { exact: true }).fill('ngan');
    await page.getByRole('button', { name: 'Đặt mật khẩu mới' }).click();
    await page.getByText('Mật khẩu phải có ít nhất 12 ký tự').first().waitFor();
    await page.getByLabel('Mật khẩu mới', { exact: true }).fill('Mat-khau-moi-2026');
    await page.getByLabel('Nhập lại mật khẩu mới', { exact: true }).fill('Mat-khau-moi-2026');
    await page.getByRole('button', { name: 'Đặt mật khẩu mới' }).click();
    await page.getByRole('alert').filter({ hasText: /Liên kết đặt lại mật khẩu không hợp lệ/ }).waitFor();
    await checkScreen(page, 'reset password, invalid link');
    assert.equal(new URL(page.url()).pathname, '/reset-password');
  });
});
