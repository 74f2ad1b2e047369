// Parents' requests about their child's data: a teacher records a parent's request to see the
// child's data (the deadline follows the kind), the principal answers it on time. End state through
// the API.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { SKIP, TEST_TIMEOUT, checkScreen, launch, login, logout } from './lib.mjs';

describe("parents' requests about their child's data", { skip: SKIP, timeout: TEST_TIMEOUT * 3 }, () => {
  let browser;
  before(async () => {
    browser = await launch();
  });
  after(async () => {
    await browser?.close();
  });

  test('a teacher records a request; the principal answers it', { timeout: TEST_TIMEOUT * 2 }, async () => {
    const { page } = browser;
    const name = `Phụ Huynh ${Date.now().toString(36).replace(/[0-9]/g, '')}`;
    await login(page, 'gv.hongbang');
    await page.getByRole('navigation', { name: 'Điều hướng chính' }).getByText('Yêu cầu về dữ liệu', { exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Yêu cầu của cha mẹ về dữ liệu cá nhân của con' }).waitFor();
    await page.getByRole('button', { name: 'Ghi nhận yêu cầu' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Loại yêu cầu').click();
    await page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden)').last().locator('.ant-select-item-option', { hasText: 'được biết' }).click();
    await dialog.getByText(/Hạn trả lời: 3 ngày/).waitFor();
    await dialog.getByLabel('Người yêu cầu').fill(name);
    await dialog.getByLabel(/^Quan hệ với học sinh/).fill('Mẹ');
    await dialog.getByLabel(/^Nội dung yêu cầu/).fill('Xin xem các thông tin nhà trường lưu về con.');
    await checkScreen(page, 'record a request (form)');
    await dialog.getByRole('button', { name: 'Ghi nhận' }).click();
    await page.getByText(/Đã ghi nhận; hạn trả lời/).waitFor();
    await page.getByRole('row', { name: new RegExp(name) }).waitFor();
    await checkScreen(page, 'requests (school)');
    await logout(page);

    await login(page, 'bgh.hongbang');
    await page.goto('/yeu-cau-du-lieu');
    const row = page.getByRole('row', { name: new RegExp(name) });
    await row.getByRole('button', { name: 'Trả lời' }).click();
    const answer = page.getByRole('dialog');
    await answer.getByRole('textbox', { name: 'Nội dung trả lời' }).fill('Đã cung cấp bản sao thông tin của con cho phụ huynh tại trường.');
    await answer.getByRole('button', { name: 'Gửi trả lời' }).click();
    await page.getByText('Đã trả lời, đúng hạn.').waitFor();
    const list = await (await page.request.get('/api/v1/privacy/requests')).json();
    const r = list.requests.find((x) => x.requester_name === name);
    assert.equal(r.state, 'answered');
    assert.equal(r.on_time, true);
    await logout(page);
  });
});
