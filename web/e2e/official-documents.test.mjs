// Official documents (issue 10), the whole chain in the browser: the Department's drafter so.gddt
// writes a công văn to every THPT school under the Department (the editor, with the live resolved
// list), the head of Văn phòng chanhvp.so checks it, the Phó Giám đốc pgd.so signs it, the văn thư
// vanthu.so numbers and issues it after seeing the resolved list and its total; the principal of
// 03002 (bgh.hongbang) opens it from "Văn bản đến" and acknowledges it. The end state is asserted
// through the API: issued with a number, delivered to 03002 and acknowledged there, listed with its
// number in the outgoing register. Each screen passes axe and the no-horizontal-scroll check.
// (web/e2e/documents.test.mjs is the unit documents test of the files feature.)
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { SKIP, TEST_TIMEOUT, checkScreen, launch, login, pickOption, pickUnits, uniqueSuffix } from './lib.mjs';

const DRAFTER = 'so.gddt';
const CHECKER = 'chanhvp.so';
const SIGNER = 'pgd.so';
const CLERK = 'vanthu.so';
const PRINCIPAL = 'bgh.hongbang';
const DEPARTMENT = 'Sở Giáo dục và Đào tạo Hải Phòng';

async function api(page, path) {
  const res = await page.request.get(path);
  assert.equal(res.status(), 200, `${path}: ${await res.text()}`);
  return res.json();
}

/** Opens the document page and waits for its heading and buttons. */
async function openDocument(page, id) {
  await page.goto(`/van-ban/${id}`);
  await page.getByRole('link', { name: 'Tải PDF' }).waitFor();
}

/** Clicks the step button and the OK of its confirmation; waits for the status tag. */
async function step(page, button, status) {
  await page.getByRole('button', { name: button, exact: true }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('button', { name: button, exact: true }).click();
  await page.locator('.page-header').getByText(status, { exact: true }).waitFor();
}

describe('official documents: draft, check, sign, issue, receive', { skip: SKIP, timeout: TEST_TIMEOUT * 3 }, () => {
  let browser;
  let page;
  const subject = `Triển khai an toàn giao thông học đường (thử nghiệm ${uniqueSuffix()})`;
  let id;

  before(async () => {
    browser = await launch();
    page = browser.page;
  });
  after(async () => {
    await browser?.close();
  });

  test('the drafter writes the letter to every THPT school of the Department', { timeout: TEST_TIMEOUT }, async () => {
    await login(page, DRAFTER);
    await page.goto('/van-ban');
    await page.getByRole('heading', { name: 'Văn bản của đơn vị', level: 1 }).waitFor();
    await page.getByText('Tổ chức triển khai Kế hoạch phối hợp giữa Công an thành phố và Sở GD&ĐT').first().waitFor();
    await checkScreen(page, 'documents list');

    // The seed letter: its relations and body marks in words, not codes.
    const seed = (await api(page, '/api/v1/documents?q=trien khai ke hoach phoi hop')).documents.find((d) => d.type_code === 'cong_van');
    assert.ok(seed, 'the seed letter is in the demo data');
    await openDocument(page, seed.id);
    await page.getByText('688/KHPH-CAHP-SGDĐT', { exact: false }).first().waitFor();
    await page.getByText('Thực hiện', { exact: true }).first().waitFor();
    await checkScreen(page, `document ${seed.id} (${seed.status})`);

    await page.goto('/van-ban/moi');
    await page.getByRole('heading', { name: 'Soạn dự thảo văn bản', level: 1 }).waitFor();
    await pickOption(page, 'Loại văn bản', 'Công văn');
    await page.getByLabel('Trích yếu', { exact: true }).fill(subject);
    await pickOption(page, 'Phòng, bộ phận soạn thảo', 'Văn phòng (VP)');
    await pickOption(page, 'Người ký', 'KT. GIÁM ĐỐC – PHÓ GIÁM ĐỐC – Đỗ Thị Hòa');
    await page.getByLabel('Nội dung khối 1', { exact: true }).fill('Sở GDĐT đề nghị các trường **triển khai ngay** các nội dung *sau đây*:');
    await page.getByRole('button', { name: 'Thêm mục đánh số' }).click();
    await page.getByLabel('Nội dung khối 2', { exact: true }).fill('Tuyên truyền an toàn giao thông cho học sinh.');
    await page.getByRole('button', { name: 'Thêm nhóm' }).click();
    await pickOption(page, 'Loại đơn vị', 'Trường THPT');
    await pickUnits(page, 'Thuộc', DEPARTMENT);
    // The live resolved list: the THPT schools of the Department, counted.
    await page.getByText(/^Trường THPT thuộc Sở Giáo dục và Đào tạo Hải Phòng: \d+ đơn vị$/).waitFor();
    await page.getByText('triển khai ngay', { exact: true }).waitFor(); // the preview shows the bold run without its marks
    await checkScreen(page, 'document editor');
    await page.getByRole('button', { name: 'Lưu dự thảo' }).click();
    await page.waitForURL(/\/van-ban\/\d+$/);
    id = Number(new URL(page.url()).pathname.split('/').pop());
    await page.locator('.page-header').getByText('Dự thảo', { exact: true }).waitFor();
    const draft = (await api(page, `/api/v1/documents/${id}`)).document;
    assert.equal(draft.subject, subject);
    assert.equal(draft.status, 'draft');
    assert.equal(draft.number, null);
    assert.deepEqual(draft.recipients.groups.map((g) => g.type), ['THPT']);
    assert.deepEqual(draft.body[1], { kind: 'item', label: '1.', text: 'Tuyên truyền an toàn giao thông cho học sinh.' });
    await checkScreen(page, 'draft detail');
  });

  test('the section head checks it, the Phó Giám đốc signs it', { timeout: TEST_TIMEOUT }, async () => {
    assert.ok(id, 'the draft exists');
    await login(page, CHECKER);
    await page.goto('/van-ban?hop=cho-xu-ly');
    await page.getByRole('link', { name: subject }).click();
    await page.getByRole('link', { name: 'Tải PDF' }).waitFor();
    await step(page, 'Kiểm tra', 'Đã kiểm tra');

    await login(page, SIGNER);
    await openDocument(page, id);
    await step(page, 'Ký', 'Đã ký');
    const signed = (await api(page, `/api/v1/documents/${id}`)).document;
    assert.equal(signed.status, 'signed');
    assert.equal(signed.number, null, 'signed, still without a number');
    assert.equal(signed.signer_name, 'Đỗ Thị Hòa');
    assert.equal(signed.signer_authority, 'KT. GIÁM ĐỐC');
  });

  test('the văn thư numbers and issues it after seeing the resolved list', { timeout: TEST_TIMEOUT }, async () => {
    assert.ok(id, 'the draft exists');
    await login(page, CLERK);
    await openDocument(page, id);
    await page.getByRole('button', { name: 'Cho số và ban hành', exact: true }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByText(/^Tổng cộng: \d+ đơn vị$/).waitFor();
    const total = Number((await dialog.getByText(/^Tổng cộng: \d+ đơn vị$/).textContent()).match(/\d+/)[0]);
    assert.ok(total > 100, `THPT schools resolved: ${total}`);
    await dialog.getByRole('button', { name: `Ban hành, gửi ${total} đơn vị` }).click();
    await page.locator('.page-header').getByText('Đã ban hành', { exact: true }).waitFor();
    const issued = (await api(page, `/api/v1/documents/${id}`)).document;
    assert.equal(issued.status, 'issued');
    assert.match(issued.number_text, /^\d{2,}\/SGDĐT-VP$/);
    await page.getByRole('heading', { name: `Công văn ${issued.number_text}`, level: 1 }).waitFor();
    await page.getByText(`${total} nơi nhận · 0 đã mở · 0 đã xác nhận`).waitFor();
    await checkScreen(page, 'issued document with deliveries');

    await page.goto('/van-ban/so');
    await page.getByRole('link', { name: issued.number_text }).waitFor();
    await checkScreen(page, 'registers');
  });

  test('the principal of 03002 opens it from the inbox and acknowledges it; the register lists it', { timeout: TEST_TIMEOUT }, async () => {
    assert.ok(id, 'the draft exists');
    await login(page, PRINCIPAL);
    await page.goto('/van-ban?hop=den');
    await page.waitForURL(/\/van-ban\/den$/);
    const row = page.locator('tr.doc-unacknowledged').filter({ hasText: subject });
    await row.waitFor();
    await checkScreen(page, 'inbox');
    await row.getByRole('link', { name: subject }).click();
    await page.getByRole('button', { name: 'Xác nhận đã nhận' }).click();
    await page.getByText(/^Vũ Thị Lan, /).waitFor();
    await checkScreen(page, 'received document');
    const received = (await api(page, `/api/v1/documents/${id}`)).document;
    assert.ok(received.incoming.acknowledged_at, 'acknowledged');
    assert.equal(received.incoming.acknowledged_by_name, 'Vũ Thị Lan');

    await page.goto('/van-ban/thiet-lap');
    await page.getByRole('heading', { name: 'Thông tin văn bản của đơn vị', level: 1 }).waitFor();
    await checkScreen(page, 'document settings');

    await login(page, CLERK);
    const deliveries = await api(page, `/api/v1/documents/${id}/deliveries`);
    const school = (await api(page, '/api/v1/units/search?q=03002')).units.find((u) => u.code === '03002');
    const mine = deliveries.deliveries.find((d) => d.unit_id === school.id);
    assert.equal(mine.opened_by_name, 'Vũ Thị Lan');
    assert.ok(mine.acknowledged_at);
    assert.equal(deliveries.acknowledged, 1);
    const issued = (await api(page, `/api/v1/documents/${id}`)).document;
    const register = await api(page, '/api/v1/document-registers/outgoing');
    assert.ok(
      register.rows.some((r) => r.document_id === id && r.cells[0] === issued.number_text),
      `the outgoing register lists ${issued.number_text}`,
    );
  });
});
