// Unit documents: a teacher of school 03002 uploads a PDF to the school's card; the school's
// manager downloads the same bytes; a teacher of another school sees no documents section on the
// card (the screen does not ask) and the server refuses the list and the download (404). A file type the server does not accept shows its message.
//
//   ATGT_E2E_DOC_UPLOADER  teacher at school 03002 (default gv.hongbang)
//   ATGT_E2E_DOC_READER    manager at school 03002 (default bgh.hongbang)
//   ATGT_E2E_DOC_OUTSIDER  teacher at another school (default gv.ngoquyen)
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { after, before, describe, test } from 'node:test';
import { SKIP, TEST_TIMEOUT, checkScreen, launch, login, logout, uniqueSuffix } from './lib.mjs';

const UPLOADER = process.env.ATGT_E2E_DOC_UPLOADER || 'gv.hongbang';
const READER = process.env.ATGT_E2E_DOC_READER || 'bgh.hongbang';
const OUTSIDER = process.env.ATGT_E2E_DOC_OUTSIDER || 'gv.ngoquyen';
const SCHOOL_CODE = '03002';

/** A small valid one-page PDF (with a correct xref table) whose text includes `label`. */
export function makePdf(label) {
  const text = label.replace(/[()\\]/g, '');
  const stream = `BT /F1 18 Tf 40 100 Td (${text}) Tj ET`;
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 300 200] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  let out = '%PDF-1.4\n';
  const offsets = [];
  objects.forEach((body, i) => {
    offsets.push(out.length);
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = out.length;
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const o of offsets) out += `${String(o).padStart(10, '0')} 00000 n \n`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, 'latin1');
}

async function schoolId(page) {
  const res = await page.request.get(`/api/v1/units/search?q=${SCHOOL_CODE}`);
  assert.equal(res.status(), 200);
  const unit = (await res.json()).units.find((u) => u.code === SCHOOL_CODE);
  assert.ok(unit, `school ${SCHOOL_CODE} not found`);
  return unit.id;
}

function documentsSection(page) {
  return page.locator('section').filter({ has: page.getByRole('heading', { level: 3, name: 'Tài liệu', exact: true }) });
}

describe('unit documents', { skip: SKIP, timeout: TEST_TIMEOUT * 3 }, () => {
  let browser;
  let unitId;
  const suffix = uniqueSuffix();
  const fileName = `Kế hoạch ATGT ${suffix}.pdf`;
  const pdf = makePdf(`Ke hoach ATGT ${suffix}`);
  let downloadUrl;

  before(async () => {
    browser = await launch();
  });
  after(async () => {
    await browser?.close();
  });

  test('a teacher uploads a PDF to the school card; a wrong file type is refused', { timeout: TEST_TIMEOUT }, async () => {
    const { page } = browser;
    await login(page, UPLOADER);
    unitId = await schoolId(page);
    await page.goto(`/to-chuc/${unitId}`);
    const section = documentsSection(page);
    await section.waitFor();
    await section.getByLabel('Chọn tệp tài liệu để tải lên').setInputFiles({ name: fileName, mimeType: 'application/pdf', buffer: pdf });
    const link = section.getByRole('link', { name: fileName });
    await link.waitFor();
    downloadUrl = await link.getAttribute('href');
    assert.match(downloadUrl, /^\/api\/v1\/files\/\d+$/);
    await checkScreen(page, 'unit card with documents');

    // An executable is not a document: the server's message is shown.
    await section
      .getByLabel('Chọn tệp tài liệu để tải lên')
      .setInputFiles({ name: `cong-cu-${suffix}.exe`, mimeType: 'application/octet-stream', buffer: Buffer.from('MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff'.repeat(40), 'latin1') });
    await section.getByRole('alert').filter({ hasText: 'Loại tệp không được phép' }).waitFor();
    assert.equal(await section.getByRole('link', { name: `cong-cu-${suffix}.exe` }).count(), 0);
    await page.goto('/');
    await logout(page);
  });

  test('the school manager downloads the same bytes', { timeout: TEST_TIMEOUT }, async () => {
    const { page } = browser;
    await login(page, READER);
    await page.goto(`/to-chuc/${unitId}`);
    const link = documentsSection(page).getByRole('link', { name: fileName });
    await link.waitFor();
    const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
    const bytes = await readFile(await download.path());
    assert.ok(bytes.equals(pdf), 'downloaded bytes equal the uploaded PDF');
    await page.goto('/');
    await logout(page);
  });

  test('a teacher of another school sees no documents section (and no error); the server refuses', { timeout: TEST_TIMEOUT }, async () => {
    const { page } = browser;
    const asked = [];
    page.on('request', (r) => { if (/\/api\/v1\/units\/\d+\/files/.test(r.url())) asked.push(r.url()); });
    await login(page, OUTSIDER);
    await page.goto(`/to-chuc/${unitId}`);
    await page.getByRole('heading', { level: 3, name: 'Lịch sử sự kiện' }).waitFor();
    await page.waitForLoadState('networkidle');
    // The card does not ask for what the user may not see (issue 9: no red "not found").
    assert.equal(await documentsSection(page).count(), 0);
    assert.equal(await page.getByText('Không tìm thấy đơn vị.').count(), 0);
    assert.deepEqual(asked, []);
    const list = await page.request.get(`/api/v1/units/${unitId}/files`);
    assert.equal(list.status(), 404);
    const file = await page.request.get(downloadUrl);
    assert.equal(file.status(), 404);
    await page.goto('/');
    await logout(page);
  });
});
