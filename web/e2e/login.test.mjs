// Login, the home page per role, role guards, and the screens around them.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { ADMIN, PASSWORD, SCHOOL, SKIP, TEST_TIMEOUT, checkScreen, launch, login, logout } from './lib.mjs';

describe('login and home', { skip: SKIP, timeout: TEST_TIMEOUT * 4 }, () => {
  let browser;
  before(async () => {
    browser = await launch();
  });
  after(async () => {
    await browser?.close();
  });

  test('the login page is accessible and rejects a wrong password', { timeout: TEST_TIMEOUT }, async () => {
    const { page } = browser;
    await page.goto('/');
    await page.waitForURL((url) => url.pathname === '/dang-nhap');
    assert.equal(await page.locator('html').getAttribute('lang'), 'vi');
    await page.getByRole('heading', { level: 1, name: 'Đăng nhập' }).waitFor();
    await checkScreen(page, 'login');

    await page.getByLabel('Tên đăng nhập', { exact: true }).fill(ADMIN);
    await page.getByLabel('Mật khẩu', { exact: true }).fill(`${PASSWORD}-wrong`);
    // The server's answer is held back a moment: the busy button is named in Vietnamese.
    const slow = async (route) => {
      await new Promise((r) => setTimeout(r, 1500));
      await route.continue();
    };
    await page.route('**/api/v1/session', slow);
    await page.getByRole('button', { name: 'Đăng nhập', exact: true }).click();
    await page.getByRole('button', { name: 'Đang xử lý Đăng nhập', exact: true }).waitFor();
    assert.equal(await page.locator('[aria-label="loading"]').count(), 0, 'a busy icon is named "loading" in English');
    await page.getByRole('alert').filter({ hasText: /./ }).first().waitFor();
    await page.unroute('**/api/v1/session', slow);
    assert.match(new URL(page.url()).pathname, /^\/dang-nhap/);
    await checkScreen(page, 'login with error');
  });

  test('an administrator logs in and sees the home page', { timeout: TEST_TIMEOUT }, async () => {
    const { page } = browser;
    await login(page, ADMIN);
    await page.getByRole('heading', { level: 1, name: /^Xin chào, / }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Việc cần xử lý' }).waitFor();
    const nav = page.getByRole('navigation', { name: 'Điều hướng chính' });
    for (const item of ['Trang chủ', 'Cơ cấu tổ chức', 'Cập nhật danh mục tổ chức', 'Người dùng', 'Nhật ký hệ thống']) {
      await nav.getByRole('menuitem', { name: item }).waitFor();
    }
    await checkScreen(page, 'home (admin)');
  });

  test('the side menu becomes a drawer on a phone', { timeout: TEST_TIMEOUT }, async () => {
    const { page } = browser;
    await page.setViewportSize({ width: 390, height: 844 });
    await page.getByRole('button', { name: 'Mở menu' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('menuitem', { name: 'Cơ cấu tổ chức' }).click();
    await page.waitForURL((url) => url.pathname === '/to-chuc');
    await page.getByRole('heading', { level: 1, name: 'Cơ cấu tổ chức' }).waitFor();
    await page.setViewportSize({ width: 1366, height: 768 });
  });

  test('the language switch changes the interface to English and back', { timeout: TEST_TIMEOUT }, async () => {
    const { page } = browser;
    await page.goto('/');
    await page.getByRole('button', { name: 'Switch to English' }).click();
    await page.getByRole('heading', { level: 1, name: /^Hello, / }).waitFor();
    assert.equal(await page.locator('html').getAttribute('lang'), 'en');
    await page.getByRole('button', { name: 'Chuyển sang tiếng Việt' }).click();
    await page.getByRole('heading', { level: 1, name: /^Xin chào, / }).waitFor();
    assert.equal(await page.locator('html').getAttribute('lang'), 'vi');
  });

  test('the voluntary password change page is accessible', { timeout: TEST_TIMEOUT }, async () => {
    const { page } = browser;
    await page.goto('/doi-mat-khau');
    await page.getByRole('heading', { level: 1, name: 'Đổi mật khẩu' }).waitFor();
    await checkScreen(page, 'change password');
    await page.goto('/');
    await logout(page);
  });

  test('school staff see their home and no administration', { timeout: TEST_TIMEOUT, skip: !SCHOOL && 'ATGT_E2E_SCHOOL not set' }, async () => {
    const { page } = browser;
    await login(page, SCHOOL);
    await page.getByRole('heading', { level: 1, name: /^Xin chào, / }).waitFor();
    const nav = page.getByRole('navigation', { name: 'Điều hướng chính' });
    await nav.getByRole('menuitem', { name: 'Cơ cấu tổ chức' }).waitFor();
    assert.equal(await nav.getByRole('menuitem', { name: 'Người dùng' }).count(), 0);
    assert.equal(await nav.getByRole('menuitem', { name: 'Cập nhật danh mục tổ chức' }).count(), 0);
    await checkScreen(page, 'home (school staff)');

    await page.goto('/nguoi-dung');
    await page.getByRole('heading', { level: 1, name: 'Không có quyền truy cập' }).waitFor();
    await checkScreen(page, 'forbidden');
    await logout(page);
  });

  test('an unknown address shows the not-found page', { timeout: TEST_TIMEOUT }, async () => {
    const { page } = browser;
    await login(page, ADMIN);
    await page.goto('/khong-ton-tai');
    await page.getByRole('heading', { level: 1, name: 'Không tìm thấy trang' }).waitFor();
    await checkScreen(page, 'not found');
  });
});
