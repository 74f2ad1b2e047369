// The violation loop in the browser: a traffic police officer imports a CSV of violations → the
// clear record opens a notice at its school and a loose one (a name two schools share) waits in
// the Department's review queue → the Department confirms the student → the school sees the
// notice, records a parent meeting and closes it on time → the Department sees the statistics;
// and the school disputes the other notice ("not our student"). End states through the API.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { SKIP, TEST_TIMEOUT, checkScreen, fold, launch, login, logout } from './lib.mjs';

const menu = (page) => page.getByRole('navigation', { name: 'Điều hướng chính' });
const upper = (s) => fold(s).toUpperCase();
const dmy = (iso) => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;

async function get(page, path) {
  const r = await page.request.get(path);
  assert.equal(r.status(), 200, `${path}: ${r.status()}`);
  return r.json();
}

describe('the violation loop', { skip: SKIP, timeout: TEST_TIMEOUT * 6 }, () => {
  let browser;
  let exact;  // a student of THPT Hồng Bàng recorded with every field
  let loose;  // a student of THPT Hồng Bàng whose given name and birth year a student elsewhere shares
  before(async () => {
    browser = await launch();
  });
  after(async () => {
    await browser?.close();
  });

  test('police import → Department confirms → the school handles and closes → statistics', { timeout: TEST_TIMEOUT * 4 }, async () => {
    const { page } = browser;
    // The rosters, as the Department sees them.
    await login(page, 'so.gddt');
    const students = [];
    for (const year of ['2024-2025', '2025-2026', '2026-2027'])
      students.push(...(await get(page, `/api/v1/students?school_year=${year}&limit=1000`)).students);
    const now = students.filter((s) => s.school_year === '2025-2026');
    const key = (s) => `${upper(s.full_name).split(' ').pop()}|${s.birth_date.slice(0, 4)}`;
    exact = now.find((s) => s.school_code === '03002' && s.personal_id && s.birth_date < '2009-09-01');
    loose = now.find((s) => s.school_code === '03002' && s.id !== exact.id && now.some((o) => o.school_code !== '03002' && key(o) === key(s)));
    assert.ok(exact && loose, 'demo rosters hold the students this test needs');
    await logout(page);

    await login(page, 'csgt');
    await menu(page).getByText('Nhập vi phạm từ tệp').click();
    await page.getByRole('heading', { level: 1, name: 'Nhập vi phạm từ tệp' }).waitFor();
    await checkScreen(page, 'import violations');
    const words = upper(loose.full_name).split(' ');
    const csv = [
      'Mã lần kiểm tra,Thời điểm vi phạm,Mã công an xã,Địa điểm,Vai trò,Họ và tên,Ngày sinh,Năm sinh,Số định danh,Trường,Nghị định,Mã hành vi,Hình thức xử lý',
      `A1,20/10/2025 06:55,CA-X11311,Cổng trường Hồng Bàng,Người điều khiển,${exact.full_name},${dmy(exact.birth_date)},,${exact.personal_id},THPT Hồng Bàng,168/2024/NĐ-CP,7.2.h,Không xử phạt`,
      `A2,21/10/2025 17:10,CA-X11311,Đường Hùng Vương,Người điều khiển,${words[0]} ${words.at(-1)},,${loose.birth_date.slice(0, 4)},,,168/2024/NĐ-CP,7.2.h,Không xử phạt`,
    ].join('\n');
    await page.getByLabel('Tệp vi phạm').setInputFiles({ name: 'vi-pham-thang-10.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await page.getByRole('button', { name: 'Tải lên và nhập' }).click();
    await page.waitForURL((url) => /^\/jobs\/\d+$/.test(url.pathname));
    await page.getByText(/Đã ghi nhận 2 người vi phạm/).waitFor({ timeout: 60_000 });
    const job = await get(page, `/api/v1/jobs/${page.url().split('/').pop()}`);
    assert.equal(job.job.result.matched, 1, JSON.stringify(job.job.result));
    assert.equal(job.job.result.review, 1, JSON.stringify(job.job.result));
    await menu(page).getByText('Vi phạm đã ghi nhận').click();
    await page.locator('.violations-table tr', { hasText: exact.full_name }).getByText('Đã chuyển nhà trường').first().waitFor();
    await logout(page);

    await login(page, 'so.gddt');
    await menu(page).getByText('Đối chiếu vi phạm').click();
    const card = page.locator('.queue-card', { hasText: `${words[0]} ${words.at(-1)}` }).filter({ hasText: '21/10/2025' });
    await card.waitFor();
    await checkScreen(page, 'review queue (Department)');
    await card.getByRole('button', { name: `Xác nhận bản ghi là của ${loose.full_name}` }).click();
    await page.getByText(/Đã xác nhận; thông báo đã gửi Trường THPT Hồng Bàng/).waitFor();
    await logout(page);

    await login(page, 'bgh.hongbang');
    await menu(page).getByText('Thông báo vi phạm').click();
    await page.getByRole('heading', { level: 1, name: 'Thông báo học sinh vi phạm' }).waitFor();
    await checkScreen(page, 'notices (school)');
    const notices = (await get(page, `/api/v1/notices?student_id=${loose.id}&limit=500`)).notices;
    const n = notices.find((x) => x.record.date === '2025-10-21');
    assert.ok(n, 'the confirmed record became a notice');
    await page.getByRole('link', { name: `Mở thông báo về ${loose.full_name}` }).first().waitFor();
    await page.goto(`/thong-bao-vi-pham/${n.id}`);
    await page.getByRole('heading', { level: 1, name: `Thông báo vi phạm: ${loose.full_name}` }).waitFor();
    await checkScreen(page, 'a notice (school)');
    const form = page.locator('form[id="notice-action"], form').filter({ hasText: 'Loại việc' });
    await form.getByLabel('Loại việc').click();
    await page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden)').last().locator('.ant-select-item-option[title="Làm việc với cha mẹ học sinh"]').click();
    await form.getByLabel('Nội dung').fill('Mời mẹ học sinh đến trường; gia đình cam kết nhắc con đội mũ bảo hiểm.');
    await form.getByRole('button', { name: 'Ghi nhận' }).click();
    await page.getByText('Đã ghi nhận.').waitFor();
    await page.getByRole('button', { name: 'Đóng thông báo' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Kết quả xử lý').fill('Đã giáo dục học sinh cùng gia đình.');
    await dialog.getByRole('button', { name: 'Đóng thông báo' }).click();
    await page.getByText(/Đã đóng thông báo/).first().waitFor();
    const closed = (await get(page, `/api/v1/notices/${n.id}`)).notice;
    assert.equal(closed.state, 'closed');
    assert.equal(closed.on_time, true);
    assert.ok(closed.actions.some((a) => a.kind === 'parent_meeting'));
    await logout(page);

    await login(page, 'so.gddt');
    await menu(page).getByText('Thống kê vi phạm').click();
    await page.getByRole('heading', { level: 1, name: 'Thống kê vi phạm giao thông của học sinh' }).waitFor();
    await page.getByRole('row', { name: /Trường THPT Hồng Bàng/ }).first().waitFor();
    await checkScreen(page, 'violation statistics (Department)');
    const stats = await get(page, '/api/v1/violation-stats?view=school&from=2025-10-20&to=2025-10-21');
    assert.equal(stats.suppressed, true);
    await logout(page);
  });

  test('the school disputes a notice: not our student', { timeout: TEST_TIMEOUT * 2 }, async () => {
    const { page } = browser;
    await login(page, 'bgh.hongbang');
    const n = (await get(page, `/api/v1/notices?student_id=${exact.id}&limit=500`)).notices.find((x) => x.record.date === '2025-10-20');
    assert.ok(n && n.state === 'open');
    await page.goto(`/thong-bao-vi-pham/${n.id}`);
    await page.getByRole('button', { name: 'Không phải học sinh của trường' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Căn cứ').fill('Hôm đó học sinh nghỉ ốm ở nhà, có giấy xác nhận của gia đình.');
    await dialog.getByRole('button', { name: 'Không phải học sinh của trường' }).click();
    await page.getByText('Đã gửi phản hồi; bản ghi được đối chiếu lại.').waitFor();
    const after = (await get(page, `/api/v1/notices/${n.id}`)).notice;
    assert.equal(after.state, 'disputed');
    await logout(page);
    await login(page, 'csgt');
    const list = await get(page, '/api/v1/violations?from=2025-10-20&to=2025-10-20&limit=500');
    assert.equal(list.violations.find((v) => v.id === n.record.id).match_state, 'review');
    await logout(page);
  });
});
