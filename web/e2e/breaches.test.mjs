// The breach log: an administrator records an incident detected this morning (the page counts down
// the 72 hours), then records the notification of the authority and closes it. End state through
// the API.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { SKIP, TEST_TIMEOUT, checkScreen, launch, login, logout } from './lib.mjs';

describe('the breach log', { skip: SKIP, timeout: TEST_TIMEOUT * 3 }, () => {
  let browser;
  before(async () => {
    browser = await launch();
  });
  after(async () => {
    await browser?.close();
  });

  test('record an incident, notify within 72 hours, close', { timeout: TEST_TIMEOUT * 2 }, async () => {
    const { page } = browser;
    const what = `Gửi nhầm danh sách học sinh ${Date.now().toString(36).replace(/[0-9]/g, '')}`;
    const hourAgo = new Date(Date.now() + 6 * 3600e3);  // Vietnam time, one hour ago
    const text = `${String(hourAgo.getUTCDate()).padStart(2, '0')}/${String(hourAgo.getUTCMonth() + 1).padStart(2, '0')}/${hourAgo.getUTCFullYear()} ${String(hourAgo.getUTCHours()).padStart(2, '0')}:00`;
    await login(page, 'admin');
    await page.getByRole('navigation', { name: 'Điều hướng chính' }).getByText('Sự cố dữ liệu cá nhân').click();
    await page.getByRole('heading', { level: 1, name: 'Sổ theo dõi sự cố dữ liệu cá nhân' }).waitFor();
    await page.getByRole('button', { name: 'Ghi nhận sự cố' }).click();
    const dialog = page.getByRole('dialog');
    const detected = dialog.getByLabel('Thời điểm phát hiện');
    await detected.click();
    await detected.fill(text);
    await page.locator('.ant-picker-dropdown:not(.ant-picker-dropdown-hidden)').getByRole('button', { name: 'OK' }).click();
    await dialog.getByLabel('Mô tả sự cố').fill(what);
    await dialog.getByLabel(/^Số người bị ảnh hưởng/).fill('35');
    await checkScreen(page, 'record an incident (form)');
    await dialog.getByRole('button', { name: 'Lưu' }).click();
    await page.getByText(/Đã ghi nhận; hạn thông báo/).waitFor();
    const row = page.getByRole('row', { name: new RegExp(what) });
    await row.getByText(/Còn \d+ giờ để thông báo/).waitFor();
    await checkScreen(page, 'breach log');
    const list = await (await page.request.get('/api/v1/privacy/breaches')).json();
    const b = list.breaches.find((x) => x.description === what);
    assert.ok(b.hours_left >= 70 && b.hours_left <= 72, String(b.hours_left));
    const upd = await page.request.post(`/api/v1/privacy/breaches/${b.id}`, {
      data: { authority_notified_at: text.replace(/(\d\d)\/(\d\d)\/(\d{4}) (\d\d:\d\d)/, '$3-$2-$1T$4'), authority_reference: 'A05-THU' },
      headers: { 'x-csrf-token': (await (await page.request.get('/api/v1/session')).json()).csrf_token },
    });
    assert.equal(upd.status(), 200, await upd.text());
    await page.reload();
    await row.getByRole('button', { name: 'Cập nhật' }).click();
    const update = page.getByRole('dialog');
    await update.getByLabel(/^Đóng sự cố/).click();
    await update.getByRole('button', { name: 'Lưu' }).click();
    await page.getByText('Đã lưu.').waitFor();
    await row.getByText('Đã đóng').waitFor();
    const after2 = (await (await page.request.get('/api/v1/privacy/breaches')).json()).breaches.find((x) => x.id === b.id);
    assert.equal(after2.notified_on_time, true);
    assert.ok(after2.closed_at);
    await logout(page);
  });
});
