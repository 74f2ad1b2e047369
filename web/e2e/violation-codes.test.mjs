// Violation codes (/ma-vi-pham): a traffic police officer looks up the code in force for a helmet
// violation, with its citation and fine, and has no edit buttons; an administrator finds a Decree
// 100 code flagged for review, corrects its fine and clears the flag — end state checked through the API.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { ADMIN, SKIP, TEST_TIMEOUT, checkScreen, launch, login, logout } from './lib.mjs';

const POLICE = process.env.ATGT_E2E_POLICE || 'csgt';

async function openCodes(page) {
  await page.getByRole('navigation', { name: 'Điều hướng chính' }).getByText('Hành vi vi phạm').click();
  await page.waitForURL((url) => url.pathname === '/ma-vi-pham');
  await page.getByRole('heading', { level: 1, name: 'Hành vi vi phạm và mức xử phạt' }).waitFor();
}

async function search(page, text) {
  await page.getByLabel('Tìm theo mã hoặc nội dung', { exact: true }).fill(text);
}

async function setDay(page, day) {
  const input = page.getByLabel('Có hiệu lực vào ngày', { exact: true });
  await input.click();
  await input.fill(day);
  await input.press('Enter');
}

describe('violation codes', { skip: SKIP, timeout: TEST_TIMEOUT * 2 }, () => {
  let browser;
  before(async () => {
    browser = await launch();
  });
  after(async () => {
    await browser?.close();
  });

  test('a police officer looks up the helmet code in force today', { timeout: TEST_TIMEOUT }, async () => {
    const { page } = browser;
    await login(page, POLICE);
    await openCodes(page);
    await page.getByText('Nghị định 168/2024/NĐ-CP', { exact: true }).first().waitFor();
    await search(page, '7.2.h');
    const row = page.locator('tr', { hasText: 'điểm h khoản 2 Điều 7 Nghị định 168/2024/NĐ-CP' });
    await row.waitFor();
    await row.getByText('400.000 – 600.000 đ').first().waitFor();
    await row.getByText('Xe mô tô, xe gắn máy').waitFor();
    assert.equal(await page.getByRole('button', { name: /^Sửa/ }).count(), 0);
    assert.equal(await page.getByRole('button', { name: 'Thêm mã vi phạm' }).count(), 0);
    await checkScreen(page, 'violation codes (police)');
    await logout(page);
  });

  test('an administrator corrects a Decree 100 code flagged for review', { timeout: TEST_TIMEOUT }, async () => {
    const { page } = browser;
    await login(page, ADMIN);
    await openCodes(page);
    await setDay(page, '15/11/2024');
    await page.getByText('Chỉ mã cần rà soát').click();
    await search(page, '6.1.c');
    const citation = 'điểm c khoản 1 Điều 6 Nghị định 100/2019/NĐ-CP';
    const row = page.locator('tr', { hasText: citation });
    await row.getByText('Cần rà soát').first().waitFor();
    await checkScreen(page, 'violation codes (admin, review)');
    await row.getByRole('button', { name: `Sửa ${citation}` }).click();
    const dialog = page.getByRole('dialog', { name: `Sửa ${citation}` });
    await dialog.getByLabel(/^Đến \(đồng\)/).fill('250000');
    await dialog.getByLabel(/^Nguồn/).fill('Đối chiếu văn bản hợp nhất 03/VBHN-BGTVT');
    await dialog.getByText('Cần rà soát (chưa đối chiếu với văn bản chính thức)').click();
    await checkScreen(page, 'violation code editor');
    await dialog.getByRole('button', { name: 'Lưu' }).click();
    await page.getByText('Đã lưu mã 6.1.c.').waitFor();
    // The code left the review list.
    await page.getByText('Không có mã vi phạm nào phù hợp.').waitFor();

    const res = await page.request.get('/api/v1/violation-codes?decree=ND100&q=6.1.c');
    assert.equal(res.status(), 200);
    const [code] = (await res.json()).violation_codes;
    assert.equal(code.fine_max, 250000);
    assert.equal(code.review_note, null);
    assert.equal(code.source, 'Đối chiếu văn bản hợp nhất 03/VBHN-BGTVT');
    await logout(page);
  });
});
