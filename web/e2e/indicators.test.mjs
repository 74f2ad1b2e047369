// Statistical indicators (/chi-tieu) and enrolment (/si-so): everyone reads the catalogue; the
// department tries a computation and sees the server's error on a wrong one; a school manager
// imports an enrolment CSV for school 03002 (a refused file, then dry run, then apply) and sees
// the total.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { SCHOOL, SKIP, TEST_TIMEOUT, checkScreen, launch, login, logout, pickOption } from './lib.mjs';

const DEPARTMENT = process.env.ATGT_E2E_DEPARTMENT || 'so.gddt';
const MANAGER = process.env.ATGT_E2E_MANAGER || 'bgh.hongbang';

async function openNav(page, label, path) {
  await page.getByRole('navigation', { name: 'Điều hướng chính' }).getByText(label, { exact: true }).click();
  await page.waitForURL((url) => url.pathname === path);
}

describe('indicators and enrolment', { skip: SKIP, timeout: TEST_TIMEOUT * 3 }, () => {
  let browser;
  before(async () => {
    browser = await launch();
  });
  after(async () => {
    await browser?.close();
  });

  test('a teacher reads the catalogue', { skip: !SCHOOL && 'set ATGT_E2E_SCHOOL', timeout: TEST_TIMEOUT }, async () => {
    const { page } = browser;
    await login(page, SCHOOL);
    await openNav(page, 'Chỉ tiêu thống kê', '/chi-tieu');
    await page.getByRole('heading', { level: 1, name: 'Chỉ tiêu thống kê' }).waitFor();
    const table = page.locator('.indicators-table');
    await table.getByText('Số học sinh (sĩ số)', { exact: true }).waitFor();
    assert.equal(await table.locator('code').count(), 0, 'a teacher sees no indicator codes');
    for (const rollup of ['Cộng dồn', 'Tỷ lệ', 'Đếm không trùng']) await table.getByText(rollup, { exact: true }).first().waitFor();
    await table.getByText('Tổng số học sinh tham gia của các hoạt động tuyên truyền, phối hợp, chỉ tính hoạt động tuyên truyền').first().waitFor();
    await table.getByText('Lượt học sinh tham gia tuyên truyền chia cho số học sinh (sĩ số), nhân 100').first().waitFor();
    assert.equal(await page.getByRole('button', { name: 'Thêm chỉ tiêu' }).count(), 0);
    assert.equal(await page.getByRole('button', { name: /^Sửa chỉ tiêu/ }).count(), 0);
    await checkScreen(page, 'indicators (teacher)');
    await logout(page);
  });

  test('the department tries a computation and sees the server errors', { timeout: TEST_TIMEOUT }, async () => {
    const { page } = browser;
    await login(page, DEPARTMENT);
    await openNav(page, 'Chỉ tiêu thống kê', '/chi-tieu');
    await page.getByRole('button', { name: 'Sửa chỉ tiêu PROP_REACH_PCT' }).click();
    const dialog = page.getByRole('dialog', { name: 'Sửa chỉ tiêu PROP_REACH_PCT' });
    await dialog.getByLabel('Công thức (JSON)').waitFor();
    await pickOption(dialog, 'Năm học tính thử', '2025-2026');
    await dialog.getByRole('button', { name: 'Thử tính' }).click();
    await dialog.locator('.indicator-preview-result').getByText(/Kết quả tính thử \(Tỷ lệ\) năm học 2025-2026/).waitFor();
    await checkScreen(page, 'indicator dialog');

    await dialog.getByLabel('Công thức (JSON)').fill('{"sum": {"source": "nope", "field": "x"}}');
    await dialog.getByRole('button', { name: 'Lưu' }).click();
    await dialog.getByText(/Không có nguồn dữ liệu nope/).first().waitFor();
    await dialog.getByLabel('Công thức (JSON)').fill('{"sum": ');
    await dialog.getByRole('button', { name: 'Lưu' }).click();
    await dialog.getByText(/JSON không hợp lệ/).waitFor();
    await dialog.getByRole('button', { name: 'Hủy' }).click();
    await logout(page);
  });

  test('a school manager imports enrolment for 03002 from a Vietnamese CSV and sees the total', { timeout: TEST_TIMEOUT }, async () => {
    const { page } = browser;
    await login(page, MANAGER);
    await openNav(page, 'Sĩ số', '/si-so');
    await page.getByRole('heading', { level: 1, name: 'Sĩ số học sinh' }).waitFor();
    await pickOption(page.locator('.enrolment-filters'), 'Năm học', '2025-2026');

    // The template: UTF-8 with BOM, Vietnamese headers, the school's own level (THPT) only.
    const href = await page.locator('a.enrolment-template').getAttribute('href');
    const template = decodeURIComponent(href.slice(href.indexOf(',') + 1));
    assert.equal(template, '\uFEFFMã đơn vị,Năm học,Cấp học,Số học sinh\n03002,2025-2026,THPT,980\n');

    const csv = page.getByLabel('Nội dung CSV', { exact: true });
    await csv.fill('Mã đơn vị,Năm học,Cấp học,Số học sinh\n03002,2025-2026,Đại học,10\n');
    await page.getByRole('button', { name: 'Kiểm tra', exact: true }).last().click();
    await page.locator('.enrolment-errors').getByText(/Cấp học phải là/).waitFor();
    assert.ok(await page.getByRole('button', { name: /^Nhập \d+ dòng/ }).isDisabled());

    // Columns in another order, levels by their Vietnamese names.
    await csv.fill('Cấp học,Số học sinh,Mã đơn vị,Năm học\nTHCS,321,03002,2025-2026\nTrung học phổ thông,456,03002,2025-2026\n');
    await page.getByRole('button', { name: 'Kiểm tra', exact: true }).last().click();
    await page.locator('.enrolment-check-result').getByText('Tệp hợp lệ: 2 dòng, 1 đơn vị. Bấm “Nhập” để lưu.').waitFor();
    await checkScreen(page, 'enrolment (school manager)');
    await page.getByRole('button', { name: 'Nhập 2 dòng' }).click();
    await page.locator('.enrolment-apply-result').getByText('Đã nhập 2 dòng sĩ số của 1 đơn vị.').waitFor();
    await page.locator('.enrolment-total .ant-statistic-content-value', { hasText: '777' }).waitFor();
    const rows = page.locator('.enrolments-table tbody tr', { hasText: '03002' });
    await rows.filter({ hasText: 'THPT' }).getByText('456').waitFor();
    await logout(page);
  });

  test('a school manager enters enrolment by grade', { timeout: TEST_TIMEOUT }, async () => {
    const { page } = browser;
    await login(page, MANAGER);
    await openNav(page, 'Sĩ số', '/si-so');
    await pickOption(page.locator('.enrolment-filters'), 'Năm học', '2025-2026');
    const card = page.locator('.enrolment-by-grade');
    await card.getByRole('heading', { name: 'Nhập theo khối lớp' }).waitFor();
    // Their own school by default; a THPT school has grades 10 to 12 only.
    await card.locator('.ant-select', { hasText: 'Trường THPT Hồng Bàng' }).first().waitFor();
    await card.getByLabel('Lớp 10', { exact: true }).fill('300');
    await card.getByLabel('Lớp 11', { exact: true }).fill('280');
    await card.getByLabel('Lớp 12', { exact: true }).fill('250');
    assert.equal(await card.getByLabel('Lớp 9', { exact: true }).count(), 0);
    await card.getByText('Sĩ số THPT: 830 học sinh').waitFor();
    await card.getByRole('button', { name: 'Kiểm tra' }).click();
    await card.locator('.by-grade-checked').getByText(/Số liệu hợp lệ: Trường THPT Hồng Bàng, THPT, 830 học sinh/).waitFor();
    await checkScreen(page, 'enrolment by grade');
    await card.getByRole('button', { name: 'Lưu sĩ số' }).click();
    await card.locator('.by-grade-saved').waitFor();
    await page.locator('.enrolment-total .ant-statistic-content-value', { hasText: '1.151' }).waitFor();
    await page.locator('.enrolments-table tbody tr', { hasText: '03002' }).filter({ hasText: 'THPT' }).getByText('830').waitFor();
    await logout(page);
  });
});
