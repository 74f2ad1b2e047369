// Accidents: a traffic police officer records an accident with a student of the demo rosters and
// a young person on no roster; the student's school sees it with the name, the school not involved
// does not. End state through the API.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { SKIP, TEST_TIMEOUT, checkScreen, launch, login, logout } from './lib.mjs';

describe('accidents', { skip: SKIP, timeout: TEST_TIMEOUT * 3 }, () => {
  let browser;
  before(async () => {
    browser = await launch();
  });
  after(async () => {
    await browser?.close();
  });

  test('the police record an accident; the school of the student sees it', { timeout: TEST_TIMEOUT * 2 }, async () => {
    const { page } = browser;
    await login(page, 'bgh.hongbang');
    const s = (await (await page.request.get('/api/v1/students?school_year=2025-2026&limit=1000')).json()).students.find((x) => x.personal_id);
    await logout(page);

    await login(page, 'csgt');
    await page.getByRole('navigation', { name: 'Điều hướng chính' }).getByText('Tai nạn giao thông').click();
    await page.getByRole('heading', { level: 1, name: 'Tai nạn giao thông liên quan học sinh' }).waitFor();
    await page.getByRole('button', { name: 'Ghi nhận vụ tai nạn' }).click();
    const dialog = page.getByRole('dialog');
    const day = dialog.getByLabel('Ngày', { exact: true });
    await day.click();
    await day.fill('18/11/2025');
    await dialog.getByText('Ghi nhận vụ tai nạn giao thông liên quan học sinh').click();  // closes the picker (Enter would submit)
    await dialog.getByLabel(/^Địa chỉ/).fill('Ngã tư Lạch Tray – Văn Cao');
    await dialog.getByLabel(/^Phương tiện liên quan/).fill('Xe đạp điện va chạm xe máy');
    await dialog.getByLabel(/^Nguyên nhân/).fill('Đi sai làn đường');
    await dialog.getByLabel('Họ và tên người thứ 1').fill(s.full_name);
    const birth = dialog.getByLabel(/^Ngày sinh/).first();
    await birth.click();
    await birth.fill(`${s.birth_date.slice(8, 10)}/${s.birth_date.slice(5, 7)}/${s.birth_date.slice(0, 4)}`);
    await dialog.getByText('Ghi nhận vụ tai nạn giao thông liên quan học sinh').click();
    await dialog.getByRole('button', { name: 'Thêm người' }).click();
    await dialog.getByLabel('Họ và tên người thứ 2').fill('Trần Văn Không Rõ');
    await dialog.getByLabel(/^Năm sinh/).nth(1).fill('2011');
    await checkScreen(page, 'record an accident (form)');
    await dialog.getByRole('button', { name: 'Ghi nhận', exact: true }).click();
    await page.getByText('Đã ghi nhận vụ tai nạn.').waitFor();
    const row = page.locator('.accident-table tr', { hasText: 'Ngã tư Lạch Tray – Văn Cao' }).first();
    await row.getByText(s.full_name).waitFor();
    await checkScreen(page, 'accidents (police)');
    await logout(page);

    await login(page, 'bgh.hongbang');
    await page.goto('/tai-nan');
    await page.locator('.accident-table tr', { hasText: 'Ngã tư Lạch Tray – Văn Cao' }).first().getByText(s.full_name).waitFor();
    const list = await (await page.request.get('/api/v1/accidents?from=2025-11-18&to=2025-11-18')).json();
    const a = list.accidents.find((x) => x.address === 'Ngã tư Lạch Tray – Văn Cao');
    assert.equal(a.persons.length, 2);
    assert.equal(a.persons[0].school.code, '03002');
    assert.equal(a.persons[1].full_name, null);
    await logout(page);
    await login(page, 'gv.ngoquyen');
    const other = await (await page.request.get('/api/v1/accidents?from=2025-11-18&to=2025-11-18')).json();
    assert.ok(!other.accidents.some((x) => x.id === a.id));
    await logout(page);
  });
});
