// Registry import from CSV: check (dry run) and import a small units file, then a file with an
// invalid date is refused with a table of row/column errors. The file uses the English column
// names the server also accepts; the help lists the template's Vietnamese headers. Each run
// imports a unit with a unique code under VHXH-11311 (a commune of the demo data).
import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { ADMIN, SKIP, TEST_TIMEOUT, checkScreen, launch, login, uniqueSuffix } from './lib.mjs';

const HEADER = 'code,valid_from,valid_to,name,short_name,type,parent_code,flags,source,note';

describe('registry import from CSV', { skip: SKIP, timeout: TEST_TIMEOUT * 2 }, () => {
  let browser;
  let dir;
  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'atgt-e2e-csv-'));
    browser = await launch();
    await login(browser.page, ADMIN);
  });
  after(async () => {
    await browser?.close();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  test('a valid units file is checked, then imported; an invalid one lists its errors', { timeout: TEST_TIMEOUT }, async () => {
    const { page } = browser;
    const suffix = uniqueSuffix();
    const code = `E2E-CSV-${suffix}`.toUpperCase();
    const name = `Trường Mầm non nhập thử ${suffix}`;
    const good = join(dir, 'don-vi.csv');
    await writeFile(good, `${HEADER}\n${code},2026-01-01,,${name},MN nhập thử,MN,VHXH-11311,demo,kiểm thử tự động,\n`);
    const bad = join(dir, 'don-vi-loi.csv');
    await writeFile(bad, `${HEADER}\n${code}-X,2026-02-30,,${name} X,,MN,VHXH-11311,demo,,\n`);

    await page.goto('/to-chuc/chinh-sua');
    await page.getByRole('heading', { level: 1, name: 'Cập nhật danh mục tổ chức' }).waitFor();
    await page.getByRole('radiogroup', { name: 'Loại cập nhật' }).getByText('Nhập từ tệp CSV', { exact: true }).click();
    const kinds = page.getByRole('radiogroup', { name: 'Dữ liệu cần nhập' });
    await kinds.waitFor();
    await kinds.getByRole('radio', { name: 'Sự kiện', exact: true }).check();
    await page.getByText(/^Bắt buộc: Ngày hiệu lực, Loại sự kiện, Mã các đơn vị\.$/).waitFor();
    await kinds.getByRole('radio', { name: 'Đơn vị', exact: true }).check();
    await page.getByText(/^Bắt buộc: Mã đơn vị, Tên đơn vị, Loại đơn vị\.$/).waitFor();
    const checkButton = page.locator('.wizard-actions').getByRole('button', { name: /^(loading )?Kiểm tra$/ });
    // antd may leave the leaving loading icon (aria-label "loading") inside the button for a while
    // after a request: its name is then "loading Nhập".
    const importButton = page.locator('.wizard-actions').getByRole('button', { name: /^(loading )?Nhập$/ });
    assert.ok(await checkButton.isDisabled(), 'nothing to check before a file is chosen');
    assert.ok(await importButton.isDisabled(), 'nothing to import before a check');
    await checkScreen(page, 'CSV import');

    // Check, then import the valid file.
    await page.getByLabel('Tệp CSV', { exact: true }).setInputFiles(good);
    await page.locator('.ant-upload-list').getByText('don-vi.csv').waitFor();
    await checkButton.click();
    await page.getByText('Hợp lệ: 1 đơn vị, 1 phiên bản, 0 sự kiện sẽ được nhập', { exact: true }).waitFor();
    assert.ok(await importButton.isEnabled(), 'import is possible after a successful check');
    await checkScreen(page, 'CSV import, checked');
    await importButton.click();
    await page.getByText('Đã nhập: 1 đơn vị, 1 phiên bản, 0 sự kiện', { exact: true }).waitFor();
    assert.ok(await importButton.isDisabled(), 'the same file cannot be imported twice');

    // A file with an impossible date: the error table names row 2, column valid_from.
    await page.getByLabel('Tệp CSV', { exact: true }).setInputFiles(bad);
    await page.locator('.ant-upload-list').getByText('don-vi-loi.csv').waitFor();
    assert.ok(await importButton.isDisabled(), 'a new file needs a new check');
    await checkButton.click();
    const table = page.locator('.import-errors');
    await table.waitFor();
    const header = await table.locator('thead th').allInnerTexts();
    assert.deepEqual(header.map((h) => h.trim()), ['Dòng', 'Cột', 'Lỗi']);
    const row = table.locator('tbody tr').filter({ has: page.locator('td', { hasText: /^valid_from$/ }) });
    await row.first().waitFor();
    assert.equal((await row.first().locator('td').first().innerText()).trim(), '2');
    assert.ok(await importButton.isDisabled(), 'a refused file cannot be imported');
    await checkScreen(page, 'CSV import, errors');

    // The imported unit is in the tree of 2026-01-01.
    await page.goto('/to-chuc?ngay=2026-01-01');
    await page.getByLabel('Tìm đơn vị').fill(suffix);
    await page.locator('.org-tree .unit-name').getByText(name, { exact: true }).waitFor();
  });
});
