// The register of processing purposes and the impact assessment dossier: the Department shortens
// a purpose's retention, adds a risk with its measures and records a review of the dossier; a
// principal reads the same page without any way to change it. End state through the API.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { SKIP, TEST_TIMEOUT, checkScreen, launch, login, logout, uniqueSuffix } from './lib.mjs';

// Chooses `option` in the antd Select labelled `label` inside `scope` (a dialog).
async function choose(page, scope, label, option) {
  await scope.getByLabel(label, { exact: true }).click();
  await page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden)').last().locator(`.ant-select-item-option[title="${option}"]`).click();
}

async function api(page, method, path, data) {
  const csrf = (await (await page.request.get('/api/v1/session')).json()).csrf_token;
  const r = await page.request.fetch(path, { method, data, headers: { 'x-csrf-token': csrf } });
  return { status: r.status(), json: r.status() === 204 ? null : await r.json() };
}

describe('processing purposes and the impact assessment', { skip: SKIP, timeout: TEST_TIMEOUT * 3 }, () => {
  let browser;
  before(async () => {
    browser = await launch();
  });
  after(async () => {
    await browser?.close();
  });

  test('the Department edits a retention, adds a risk, records a review; a principal reads', { timeout: TEST_TIMEOUT * 2 }, async () => {
    const { page } = browser;
    const suffix = uniqueSuffix();
    await login(page, 'so.gddt');
    await page.getByRole('navigation', { name: 'Điều hướng chính' }).getByText('Xử lý dữ liệu cá nhân').click();
    await page.getByRole('heading', { level: 1, name: 'Xử lý dữ liệu cá nhân' }).waitFor();
    const before0 = (await api(page, 'GET', '/api/v1/privacy/purposes')).json.purposes.find((p) => p.code === 'accidents');
    assert.equal(before0.retention_days, null);
    const row = page.getByRole('row', { name: new RegExp(before0.name) });
    await row.getByText(/Theo thiết lập chung \(1\.095 ngày\)/).first().waitFor();
    await checkScreen(page, 'processing purposes');

    // Accidents: 730 days instead of the general setting.
    await row.getByRole('button', { name: /Sửa/ }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel(/^Theo thiết lập chung/).uncheck();
    await dialog.getByLabel(/^Số ngày lưu trữ/).fill('730');
    await dialog.getByLabel(/^Ghi chú về thời hạn lưu trữ/).fill(`Rút ngắn theo rà soát ${suffix}`);
    await checkScreen(page, 'edit a purpose (form)');
    await dialog.getByRole('button', { name: 'Lưu' }).click();
    await page.getByText('Đã lưu mục đích xử lý.').waitFor();
    await row.getByText('730 ngày').waitFor();
    const edited = (await api(page, 'GET', '/api/v1/privacy/purposes')).json.purposes.find((p) => p.code === 'accidents');
    assert.equal(edited.retention_days, 730);
    assert.match(edited.retention_note, new RegExp(suffix));
    const { name, description, legal_basis, data_categories, data_subjects, recipients, retention_note } = before0;
    assert.equal((await api(page, 'PUT', '/api/v1/privacy/purposes/accidents', { name, description, legal_basis, data_categories, data_subjects, recipients, retention_days: null, retention_note })).status, 200);

    // The dossier: a risk with its measures.
    await page.getByRole('tab', { name: 'Đánh giá tác động' }).click();
    await page.getByRole('button', { name: 'Thêm rủi ro' }).click();
    const risk = page.getByRole('dialog');
    await choose(page, risk, 'Mục đích', before0.name);
    await risk.getByLabel('Rủi ro', { exact: true }).fill(`Ảnh hiện trường tai nạn lộ mặt học sinh ${suffix}`);
    await choose(page, risk, 'Khả năng xảy ra', 'Trung bình');
    await choose(page, risk, 'Mức ảnh hưởng', 'Cao');
    await risk.getByLabel('Biện pháp', { exact: true }).fill('Không đính kèm ảnh có mặt học sinh; chỉ nhà trường xem');
    await choose(page, risk, 'Rủi ro còn lại', 'Thấp');
    await risk.getByRole('button', { name: 'Lưu' }).click();
    await page.getByText('Đã lưu rủi ro.').waitFor();
    await page.getByRole('row', { name: new RegExp(suffix) }).waitFor();
    await checkScreen(page, 'impact assessment');
    const dpia = (await api(page, 'GET', '/api/v1/privacy/dpia')).json;
    const added = dpia.risks.find((k) => k.risk.includes(suffix));
    assert.deepEqual([added.purpose_code, added.likelihood, added.impact, added.residual], ['accidents', 'medium', 'high', 'low']);

    // A review of the dossier, dated yesterday.
    const y = new Date(Date.now() + 7 * 3600e3 - 86400e3);
    const ymd = y.toISOString().slice(0, 10);
    await page.getByRole('button', { name: 'Ghi nhận rà soát' }).click();
    const review = page.getByRole('dialog');
    const on = review.getByLabel('Ngày rà soát', { exact: true });
    await on.click();
    await on.fill(`${ymd.slice(8, 10)}/${ymd.slice(5, 7)}/${ymd.slice(0, 4)}`);
    await review.getByText('Ghi nhận rà soát hồ sơ đánh giá tác động').click();
    await review.getByLabel('Kết luận', { exact: true }).fill(`Biện pháp đủ; bổ sung rủi ro ảnh ${suffix}`);
    await review.getByRole('button', { name: 'Lưu' }).click();
    await page.getByText('Đã ghi nhận lần rà soát.').waitFor();
    const reviews = (await api(page, 'GET', '/api/v1/privacy/dpia')).json.reviews;
    assert.equal(reviews[0].reviewed_on, ymd);
    assert.match(reviews[0].conclusion, new RegExp(suffix));
    assert.equal((await api(page, 'DELETE', `/api/v1/privacy/dpia/risks/${added.id}`)).status, 204);
    await logout(page);

    // A principal reads both tabs and has nothing to edit.
    await login(page, 'bgh.hongbang');
    await page.getByRole('navigation', { name: 'Điều hướng chính' }).getByText('Xử lý dữ liệu cá nhân').click();
    await page.getByRole('heading', { level: 1, name: 'Xử lý dữ liệu cá nhân' }).waitFor();
    await page.getByRole('row', { name: new RegExp(before0.name) }).waitFor();
    assert.equal(await page.getByRole('button', { name: /^Sửa/ }).count(), 0);
    await page.getByRole('tab', { name: 'Đánh giá tác động' }).click();
    await page.getByText('Lịch sử rà soát').waitFor();
    assert.equal(await page.getByRole('button', { name: 'Thêm rủi ro' }).count(), 0);
    assert.equal(await page.getByRole('button', { name: 'Ghi nhận rà soát' }).count(), 0);
    await logout(page);
  });
});
