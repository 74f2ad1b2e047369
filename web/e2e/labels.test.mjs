// Every word a user sees is Vietnamese: each demo role logs in, opens every page of its menu (and
// its account page), and the page text is scanned for the codes the server uses (audit actions and
// object kinds, scheduler tasks, job kinds, roles, unit types, school levels, notification
// templates, document statuses, types, relations and duties, student import kinds and encodings) as whole words. A code on screen means a label is missing. The police's menu has no
// enrolment page, and the page refuses them.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { SKIP, TEST_TIMEOUT, launch, login, logout } from './lib.mjs';

const ROLES = ['admin', 'so.gddt', 'vhxh.hongbang', 'bgh.hongbang', 'gv.hongbang', 'csgt', 'ca.hongbang', 'theodoi', 'quantri.hethong'];

/** The codes that must never reach a screen. ("admin" is left out: it is also a demo login.) */
const CODES = {
  'audit action': [
    'login', 'logout', 'login_failed', 'upload', 'download', 'import', 'export', 'change_password', 'reset_password',
    'reset_password_by_email', 'request_password_reset', 'apply_merge', 'apply_split', 'apply_rename', 'apply_move',
    'apply_dissolve', 'verify', 'disable', 'enable', 'run_now', 'revoke', 'retry', 'create', 'update', 'delete',
  ],
  'audit object': [
    'user', 'unit', 'unit_version', 'unit_event', 'unit_registry', 'session', 'file', 'job', 'api_token', 'service_account',
    'scheduler_task', 'enrolment', 'indicator', 'school_year', 'holiday', 'calendar_settings', 'retention_settings',
    'notification_prefs', 'notification_template',
  ],
  'scheduler task': ['email.deliver', 'files.collect', 'notifications.digest', 'sessions.purge', 'retention.purge', 'password_reset.process'],
  'job kind': ['users_import', 'audit_export'],
  role: ['system_admin', 'department', 'edu_office', 'school_manager', 'school_staff', 'traffic_police', 'commune_police', 'observer'],
  'unit type': [
    'SO_GDDT', 'SO_PHONG', 'PHONG_GDDT', 'PHONG_VHXH', 'GDNN_GDTX', 'DV_TRUC_THUOC', 'CA_TINH', 'PHONG_CSGT', 'CA_DOI',
    'CA_PHONG', 'CA_HUYEN', 'CA_XA', 'BAN_ATGT', 'PTNC',
  ],
  level: ['preschool', 'primary', 'lower_secondary', 'upper_secondary', 'continuing', 'vocational'],
  template: ['job_done', 'job_failed', 'password_reset', 'daily_digest'],
  status: ['queued', 'running', 'failed', 'pending'],
  document: [
    'draft', 'checked', 'issued', 'registered', 'cong_van', 'ke_hoach', 'ke_hoach_phoi_hop', 'chuong_trinh_phoi_hop', 'bao_cao',
    'quyet_dinh', 'thong_bao', 'chi_thi', 'thuong_khan', 'hoa_toc', 'implements', 'by_implements', 'cites', 'amends', 'replaces',
    'clerk', 'acknowledge', 'register_eoffice',
  ],
  students: ['students_import', 'commitments_import', 'student_roster', 'parking_operator', 'cp1258', 'tcvn3'],
  'indicator data': ['propagation', 'violations', 'activities', 'commitments', 'accidents', 'student_id', 'activity_id'],
};

function escape(s) {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Codes found in `text` as whole words (not inside a longer word, login, address or e-mail). */
export function codesIn(text) {
  const found = [];
  for (const [kind, codes] of Object.entries(CODES)) {
    for (const code of codes) {
      const re = new RegExp(`(?<![\\p{L}\\p{N}_.@/-])${escape(code)}(?![\\p{L}\\p{N}_@/-]|\\.[\\p{L}\\p{N}])`, 'u');
      const m = re.exec(text);
      if (m) found.push(`${kind} "${code}" in “…${text.slice(Math.max(0, m.index - 40), m.index + code.length + 40).replace(/\s+/g, ' ')}…”`);
    }
  }
  return found;
}

/** Waits until the page has its heading and nothing is loading any more. */
async function loaded(page) {
  await page.locator('main h1, #main-content h1').first().waitFor();
  await page
    .waitForFunction(() => !document.querySelector('.ant-spin-spinning, .ant-skeleton, .ant-table-placeholder .ant-spin'), null, { timeout: 15_000, polling: 100 })
    .catch(() => {});
  await page.waitForTimeout(400);
}

async function menuPaths(page) {
  const nav = page.getByRole('navigation', { name: 'Điều hướng chính' });
  await nav.locator('.ant-menu-item').first().waitFor();
  return nav.locator('.ant-menu-item').evaluateAll((items) => items.map((i) => ({ key: i.getAttribute('data-menu-id') ?? '', text: i.textContent ?? '' })));
}

describe('no code reaches the screen', { skip: SKIP, timeout: TEST_TIMEOUT * ROLES.length }, () => {
  let browser;
  before(async () => {
    browser = await launch();
  });
  after(async () => {
    await browser?.close();
  });

  test('the scan finds codes as whole words only', () => {
    assert.deepEqual(codesIn('Nhật ký: Đăng nhập · Người dùng gv.hongbang, admin@example.vn, Trường THPT'), []);
    assert.equal(codesIn('Hành động: upload').length, 1);
    assert.equal(codesIn('Tác vụ email.deliver đã chạy').length, 1);
    assert.equal(codesIn('Vai trò school_staff.').length, 1);
  });

  for (const role of ROLES) {
    test(`${role}: every menu page speaks Vietnamese`, { timeout: TEST_TIMEOUT }, async () => {
      const { page } = browser;
      await login(page, role);
      await loaded(page);
      const entries = await menuPaths(page);
      assert.ok(entries.length > 0, `${role} has a menu`);
      const problems = [];
      const paths = [...new Set(entries.map((e) => e.key.replace(/^.*?(\/[^\s]*)$/, '$1')))].filter((p) => p.startsWith('/'));
      for (const path of [...paths, '/tai-khoan']) {
        await page.goto(path);
        await loaded(page);
        // Provenance (file names, dataset fields) is the raw record shown to registry editors only,
        // by design (issue 9): it is left out of the scan; everything else on the page is scanned.
        const text = await page.evaluate(() => {
          const raw = [...document.querySelectorAll('[data-provenance]')];
          for (const e of raw) e.style.display = 'none';
          const out = document.body.innerText;
          for (const e of raw) e.style.display = '';
          return out;
        });
        for (const p of codesIn(text)) problems.push(`${path}: ${p}`);
      }
      assert.deepEqual(problems, [], `${role} sees codes:\n${problems.join('\n')}`);
      await logout(page);
    });
  }

  test('the police have no enrolment page', { timeout: TEST_TIMEOUT }, async () => {
    const { page } = browser;
    await login(page, 'csgt');
    const nav = page.getByRole('navigation', { name: 'Điều hướng chính' });
    await nav.getByText('Chỉ tiêu thống kê', { exact: true }).waitFor();
    assert.equal(await nav.getByText('Sĩ số', { exact: true }).count(), 0);
    await page.goto('/si-so');
    await page.getByRole('heading', { level: 1, name: 'Không có quyền truy cập' }).waitFor();
    await logout(page);
  });
});
