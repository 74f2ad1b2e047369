// Violation records: a traffic police officer records a stop — a 16-year-old rider without a
// helmet fined and, with her, the owner who handed her the motorbike; the server refuses a fine
// above half the adult range and names the rule on the fine field; after the fix the records
// are listed. End state checked through the API.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { SKIP, TEST_TIMEOUT, checkScreen, launch, login, logout } from './lib.mjs';

const POLICE = process.env.ATGT_E2E_POLICE || 'csgt';

async function fillDate(scope, label, value) {
  const input = typeof label === 'string' ? scope.getByLabel(label, { exact: true }) : scope.getByLabel(label);
  await input.click();
  await input.fill(value);
  await input.press('Enter');
}

async function pickCode(page, card, query, optionText) {
  const input = card.getByLabel('Hành vi vi phạm (có hiệu lực vào ngày vi phạm)', { exact: true });
  await input.click();
  await input.fill(query);
  const popup = page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden)').last();
  await popup.locator('.ant-select-item-option', { hasText: optionText }).first().click();
}

describe('violation records', { skip: SKIP, timeout: TEST_TIMEOUT * 2 }, () => {
  let browser;
  before(async () => {
    browser = await launch();
  });
  after(async () => {
    await browser?.close();
  });

  test('a police officer records a rider and the owner of the motorbike', { timeout: TEST_TIMEOUT * 2 }, async () => {
    const { page } = browser;
    await login(page, POLICE);
    await page.getByRole('navigation', { name: 'Điều hướng chính' }).getByText('Ghi nhận vi phạm').click();
    await page.waitForURL((url) => url.pathname === '/vi-pham/ghi-nhan');
    await page.getByRole('heading', { level: 1, name: 'Ghi nhận vi phạm' }).waitFor();
    const name = `Nguyễn Thị Thử ${Date.now().toString(36).replace(/[0-9]/g, '')}`;
    await fillDate(page, 'Ngày vi phạm', '15/09/2025');
    await page.getByLabel(/^Địa chỉ/).fill('Ngã tư Lạch Tray – Văn Cao');
    await page.getByLabel(/^Cán bộ lập biên bản/).fill('Trung úy Nguyễn Văn B');

    const first = page.locator('.ant-card', { hasText: 'Người thứ 1' });
    await first.getByLabel('Họ và tên', { exact: true }).fill(name);
    await fillDate(first, /^Ngày sinh/, '17/11/2008');
    await first.getByLabel(/^Trường/).fill('THPT Ngô Quyền');
    await pickCode(page, first, '7.2.h', 'điểm h khoản 2 Điều 7 Nghị định 168/2024/NĐ-CP');
    await first.getByText('Phạt tiền', { exact: true }).click();
    await first.getByLabel('Số tiền phạt (đồng)', { exact: true }).fill('500000');

    await page.getByRole('button', { name: 'Thêm người' }).click();
    const second = page.locator('.ant-card', { hasText: 'Người thứ 2' });
    await second.getByLabel('Vai trò', { exact: true }).click();
    await page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden)').last().locator('.ant-select-item-option[title="Chủ phương tiện giao xe"]').click();
    await second.getByLabel('Họ và tên', { exact: true }).fill('Nguyễn Văn Chủ');
    await pickCode(page, second, '32.10', 'khoản 10 Điều 32');
    await second.getByText('Phạt tiền', { exact: true }).click();
    await second.getByLabel('Số tiền phạt (đồng)', { exact: true }).fill('8000000');
    await checkScreen(page, 'record a violation (form)');

    await page.getByRole('button', { name: 'Ghi nhận', exact: true }).click();
    // 16 years old on 15/09/2025: at most half of 400,000–600,000.
    await first.getByText(/không quá một nửa mức phạt/).waitFor();
    await first.getByLabel('Số tiền phạt (đồng)', { exact: true }).fill('250000');
    await page.getByRole('button', { name: 'Ghi nhận', exact: true }).click();
    await page.getByText('Đã ghi nhận 2 người.').waitFor();
    await page.waitForURL((url) => url.pathname === '/vi-pham');
    const row = page.locator('.violations-table tr', { hasText: name });
    await row.getByText('điểm h khoản 2 Điều 7 Nghị định 168/2024/NĐ-CP').waitFor();
    await row.getByText('16 tuổi', { exact: false }).waitFor();
    await checkScreen(page, 'recorded violations');

    const res = await page.request.get('/api/v1/violations?from=2025-09-15&to=2025-09-15&limit=500');
    assert.equal(res.status(), 200);
    const mine = (await res.json()).violations.filter((v) => v.full_name === name);
    assert.equal(mine.length, 1);
    assert.equal(mine[0].fine_amount, 250000);
    assert.equal(mine[0].behaviour, 'no_helmet_rider');
    assert.equal(mine[0].age_years, 16);
    await logout(page);
  });
});
