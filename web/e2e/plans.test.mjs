// Plans and their tasks, end to end on the demo data: the principal of 03002 (bgh.hongbang) opens
// "Nhiệm vụ của đơn vị", opens the open 2026 peak-month task of plan 688, fills the report (done,
// narrative, the figures PROP_SESSIONS and PROP_STUDENTS), is told by the server that a file is
// missing, uploads one and sends the report; the Department (so.gddt) opens plan 688's compliance
// matrix, sees 03002's cell as sent, opens it and accepts it. The end state is read through the
// API. Every screen passes axe and the no-horizontal-scroll check, and shows no raw code.
//
// Needs fresh demo data (the task is open only once).
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { SKIP, TEST_TIMEOUT, checkScreen, launch, login, logout, pickOption } from './lib.mjs';

const PRINCIPAL = 'bgh.hongbang';
const DEPARTMENT = 'so.gddt';

/** Codes of this feature (and unit types) that must never reach the screen. */
const CODES = [
  'not_started', 'in_progress', 'done', 'submitted', 'accepted', 'returned', 'once', 'yearly', 'semester', 'september',
  'HK1', 'HK2', 'PROP_SESSIONS', 'PROP_STUDENTS', 'THPT_', 'SO_GDDT', 'PHONG_CSGT', 'CA_XA',
];

/** A minimal PDF (the server checks the file's signature). */
function makePdf(text) {
  return Buffer.from(`%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\n% ${text}\ntrailer<</Root 1 0 R>>\n%%EOF\n`, 'latin1');
}

async function noCodes(page, where) {
  const text = await page.evaluate(() => document.body.innerText);
  const found = CODES.filter((c) => new RegExp(`(?<![\\p{L}\\p{N}_.@/-])${c}(?![\\p{L}\\p{N}_@/-])`, 'u').test(text));
  assert.deepEqual(found, [], `${where} shows codes: ${found.join(', ')}`);
}

async function api(page, path) {
  const res = await page.request.get(path);
  assert.equal(res.status(), 200, `${path}: ${res.status()}`);
  return res.json();
}

async function plan688(page) {
  const { documents } = await api(page, `/api/v1/documents?q=${encodeURIComponent('688')}`);
  const d = documents.find((x) => x.number_text === '688/KHPH-CAHP-SGDĐT');
  assert.ok(d, 'plan 688 is listed');
  return d.id;
}

describe('plans and tasks', { skip: SKIP, timeout: TEST_TIMEOUT * 2 }, () => {
  let browser;
  let assignmentId;
  before(async () => {
    browser = await launch();
  });
  after(async () => {
    await browser?.close();
  });

  test('the principal reports on the peak-month task with figures and a file and sends it', { timeout: TEST_TIMEOUT }, async () => {
    const { page } = browser;
    await login(page, PRINCIPAL);
    await page.getByRole('navigation', { name: 'Điều hướng chính' }).getByText('Nhiệm vụ của đơn vị', { exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Nhiệm vụ của đơn vị' }).waitFor();
    // The school lists its own assignments; plan 688 is not among the school's documents.
    const { tasks } = await api(page, '/api/v1/tasks');
    const open = tasks.find((t) => t.period === '2026' && t.task_content.includes('tháng cao điểm') && t.actions.includes('report'));
    assert.ok(open, 'the 2026 peak-month task of plan 688 is open for 03002 (fresh demo data)');
    assignmentId = open.id;
    await page.getByRole('link', { name: open.task_content }).first().waitFor();
    await checkScreen(page, '/nhiem-vu');
    await noCodes(page, '/nhiem-vu');

    await page.locator('tr', { hasText: 'Năm 2026' }).getByRole('link', { name: open.task_content }).click();
    await page.waitForURL(`**/nhiem-vu/${assignmentId}`);
    const drawer = page.getByRole('dialog');
    await drawer.getByRole('heading', { name: 'Báo cáo của đơn vị' }).waitFor();
    await drawer.getByLabel('Số buổi tuyên truyền, giáo dục ATGT').waitFor();
    await checkScreen(page, '/nhiem-vu/:id');
    await noCodes(page, '/nhiem-vu/:id');

    await pickOption(drawer, 'Tình trạng thực hiện', 'Đã hoàn thành');
    await drawer.getByLabel('Nội dung báo cáo', { exact: true }).fill('Tổ chức 2 buổi tuyên truyền đầu năm học; học sinh và cha mẹ học sinh ký cam kết.');
    await drawer.getByLabel('Số buổi tuyên truyền, giáo dục ATGT').fill('2');
    await drawer.getByLabel('Lượt học sinh tham gia tuyên truyền').fill('1100');
    // Sent without the file the task asks for: the server's message is shown, nothing is sent.
    await drawer.getByRole('button', { name: 'Gửi báo cáo' }).click();
    await drawer.getByRole('alert').first().waitFor();
    let state = await api(page, `/api/v1/tasks/${assignmentId}`);
    assert.equal(state.task.review, '', 'not sent without its file');
    assert.equal(state.task.status, 'done', 'the report itself was saved');

    await drawer.getByLabel('Chọn tệp minh chứng để tải lên').setInputFiles({ name: 'bien-ban-tuyen-truyen.pdf', mimeType: 'application/pdf', buffer: makePdf('Bien ban tuyen truyen ATGT') });
    await drawer.getByRole('link', { name: 'bien-ban-tuyen-truyen.pdf' }).waitFor();
    await drawer.getByRole('button', { name: 'Gửi báo cáo' }).click();
    await drawer.getByText('Đã gửi, chờ xem xét').first().waitFor();
    await checkScreen(page, '/nhiem-vu/:id sent');

    state = await api(page, `/api/v1/tasks/${assignmentId}`);
    assert.equal(state.task.review, 'submitted');
    assert.equal(state.task.status, 'done');
    assert.deepEqual(state.task.figures, { PROP_SESSIONS: 2, PROP_STUDENTS: 1100 });
    const files = await api(page, `/api/v1/tasks/${assignmentId}/files`);
    assert.deepEqual(files.files.map((f) => f.name), ['bien-ban-tuyen-truyen.pdf']);
    await drawer.getByRole('button', { name: 'Đóng' }).click();
    await page.waitForURL((url) => url.pathname === '/nhiem-vu');
    await logout(page);
  });

  test("the Department sees 03002's report as sent in plan 688's matrix and accepts it", { timeout: TEST_TIMEOUT }, async () => {
    assert.ok(assignmentId, 'the first test sent a report');
    const { page } = browser;
    await login(page, DEPARTMENT);
    const planId = await plan688(page);
    await page.goto(`/ke-hoach/${planId}`);
    await page.getByRole('heading', { level: 1, name: 'Kế hoạch 688/KHPH-CAHP-SGDĐT' }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Tình hình thực hiện' }).waitFor();
    await page.locator('.plan-matrix-table .ant-table-row').first().waitFor();
    await checkScreen(page, '/ke-hoach/:id');
    await noCodes(page, '/ke-hoach/:id');

    await page.getByLabel('Tìm đơn vị').fill('Hồng Bàng');
    const cell = page.getByRole('link', { name: /^Trường THPT Hồng Bàng, NV 3, Năm 2026: Đã gửi, chờ xem xét/ });
    await cell.waitFor();
    await cell.click();
    await page.waitForURL(`**/ke-hoach/${planId}/nhiem-vu/${assignmentId}`);
    const drawer = page.getByRole('dialog');
    await drawer.getByRole('heading', { name: 'Xem xét báo cáo' }).waitFor();
    await drawer.getByText('Lượt học sinh tham gia tuyên truyền').first().waitFor();
    await checkScreen(page, '/ke-hoach/:id/nhiem-vu/:id');
    await noCodes(page, '/ke-hoach/:id/nhiem-vu/:id');

    // Returning needs a reason: the button alone asks for it and sends nothing.
    await drawer.getByRole('button', { name: 'Trả lại' }).click();
    await drawer.getByText('Nêu lý do trả lại').waitFor();
    await drawer.getByLabel('Ý kiến', { exact: true }).fill('Đạt yêu cầu.');
    await drawer.getByRole('button', { name: 'Chấp nhận' }).click();
    await drawer.getByText('Đã chấp nhận').first().waitFor();

    const state = await api(page, `/api/v1/tasks/${assignmentId}`);
    assert.equal(state.task.review, 'accepted');
    await drawer.getByRole('button', { name: 'Đóng' }).click();
    await page.getByRole('link', { name: /^Trường THPT Hồng Bàng, NV 3, Năm 2026: Đã chấp nhận/ }).waitFor();
    const matrix = await api(page, `/api/v1/plans/${planId}/compliance?unit_type=THPT`);
    assert.equal(matrix.cells.find((c) => c.assignment_id === assignmentId).review, 'accepted');
    await logout(page);
  });
});
