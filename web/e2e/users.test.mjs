// User administration: an administrator creates a user, who must change the initial password at
// the first login and can then work; plus the audit log of those actions.
//
//   ATGT_E2E_USER_UNIT  text that finds the new user's unit in the picker (default "THPT Hồng Bàng": a teacher belongs to a school)
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { ADMIN, SKIP, TEST_TIMEOUT, checkScreen, launch, login, logout, pickOption, pickUnits, uniqueSuffix } from './lib.mjs';

const UNIT_QUERY = process.env.ATGT_E2E_USER_UNIT || 'THPT Hồng Bàng';

describe('user administration', { skip: SKIP, timeout: TEST_TIMEOUT * 4 }, () => {
  let browser;
  const suffix = uniqueSuffix();
  const newLogin = `e2e.${suffix}`;
  const fullName = `Đặng Thị Kiểm Thử ${suffix.toUpperCase()}`;
  const initialPassword = `Khoi-tao-${suffix}-2025`;
  const finalPassword = `Mat-khau-moi-${suffix}-9`;

  before(async () => {
    browser = await launch();
  });
  after(async () => {
    await browser?.close();
  });

  test('an administrator creates a user with an initial password', { timeout: TEST_TIMEOUT }, async () => {
    const { page } = browser;
    await login(page, ADMIN);
    await page.goto('/nguoi-dung');
    await page.getByRole('heading', { level: 1, name: 'Người dùng' }).waitFor();
    await page.locator('.ant-table-row').first().waitFor();
    await checkScreen(page, 'users');

    await page.getByRole('button', { name: 'Thêm người dùng' }).click();
    const dialog = page.getByRole('dialog', { name: 'Thêm người dùng' });
    await dialog.waitFor();
    await dialog.getByLabel('Tên đăng nhập', { exact: true }).fill(newLogin);
    await dialog.getByLabel('Họ và tên', { exact: true }).fill(fullName);
    await pickUnits(dialog, 'Đơn vị', UNIT_QUERY, 1);
    await pickOption(dialog, 'Vai trò', 'Giáo viên');
    await dialog.getByLabel('Mật khẩu ban đầu', { exact: true }).fill(initialPassword);
    await dialog.getByLabel('Nhập lại mật khẩu ban đầu', { exact: true }).fill(initialPassword);
    await checkScreen(page, 'create user dialog');
    await dialog.getByRole('button', { name: 'Tạo người dùng' }).click();
    await dialog.waitFor({ state: 'hidden' });

    await page.getByLabel('Tìm người dùng').fill(newLogin);
    const row = page.locator('.ant-table-row').filter({ hasText: newLogin });
    await row.waitFor();
    await row.getByText('Chờ đổi mật khẩu').waitFor();
    await logout(page);
  });

  test('the new user must change the password before anything else', { timeout: TEST_TIMEOUT }, async () => {
    const { page } = browser;
    await login(page, newLogin, initialPassword);
    await page.waitForURL((url) => url.pathname === '/doi-mat-khau');
    await page.getByRole('heading', { level: 1, name: 'Đổi mật khẩu' }).waitFor();
    // Nothing else opens until the password is changed.
    await page.goto('/to-chuc');
    await page.waitForURL((url) => url.pathname === '/doi-mat-khau');
    await page.getByRole('heading', { level: 1, name: 'Đổi mật khẩu' }).waitFor();
    await checkScreen(page, 'forced password change');

    // Too short: refused on the form.
    await page.getByLabel('Mật khẩu hiện tại', { exact: true }).fill(initialPassword);
    await page.getByLabel('Mật khẩu mới', { exact: true }).fill('ngan');
    await page.getByLabel('Nhập lại mật khẩu mới', { exact: true }).fill('ngan');
    await page.getByRole('button', { name: 'Đổi mật khẩu' }).click();
    await page.getByText('Mật khẩu phải có ít nhất 12 ký tự').first().waitFor();

    await page.getByLabel('Mật khẩu mới', { exact: true }).fill(finalPassword);
    await page.getByLabel('Nhập lại mật khẩu mới', { exact: true }).fill(finalPassword);
    await page.getByRole('button', { name: 'Đổi mật khẩu' }).click();
    await page.waitForURL((url) => url.pathname === '/');
    await page.getByRole('heading', { level: 1, name: `Xin chào, ${fullName}` }).waitFor();
    await checkScreen(page, 'home (new user)');
    await logout(page);

    // The new password works and leads straight home.
    await login(page, newLogin, finalPassword);
    await page.waitForURL((url) => url.pathname === '/');
    await page.getByRole('heading', { level: 1, name: `Xin chào, ${fullName}` }).waitFor();
    await logout(page);
  });

  test('the audit log lists the work, page by page', { timeout: TEST_TIMEOUT }, async () => {
    const { page } = browser;
    await login(page, ADMIN);
    await page.goto('/nhat-ky');
    await page.getByRole('heading', { level: 1, name: 'Nhật ký hệ thống' }).waitFor();
    await page.locator('.ant-table-row').first().waitFor();
    await checkScreen(page, 'audit log');

    const older = page.getByRole('button', { name: 'Trang cũ hơn' });
    if (await older.isEnabled()) {
      await older.click();
      await page.getByRole('heading', { level: 2, name: 'Trang 2' }).waitFor();
      await page.getByRole('button', { name: 'Mới nhất' }).click();
      await page.getByRole('heading', { level: 2, name: 'Trang 1' }).waitFor();
    }

    // Expanding a row shows what changed.
    await page.locator('.ant-table-row').first().getByRole('button').first().click();
    await page.locator('.ant-table-expanded-row').first().waitFor();
    await checkScreen(page, 'audit log, expanded row');
    assert.ok((await page.locator('.ant-table-row').count()) > 0);
  });
});
