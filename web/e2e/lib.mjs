// Helpers for the browser tests: launch Debian's chromium through playwright-core, log in, and
// check each screen for accessibility (axe-core: no serious or critical violation) and for
// horizontal page scrolling at 1366×768 and 390×844. The app runs under the server's
// Content-Security-Policy: any violation (a `securitypolicyviolation` event or the browser's console
// message) fails the test during which it was reported (afterEach below), or the suite at close().
//
// Environment:
//   ATGT_E2E_BASE_URL   where the app runs, e.g. http://127.0.0.1:8080 (required)
//   ATGT_E2E_PASSWORD   password of every demo account (required)
//   ATGT_E2E_ADMIN      login of a demo administrator (default "admin")
//   ATGT_E2E_SCHOOL     login of a demo school staff member (tests that need it skip without it)
//   ATGT_E2E_CHROMIUM   browser binary (default /usr/bin/chromium)
import { AxeBuilder } from '@axe-core/playwright';
import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach } from 'node:test';
import { chromium } from 'playwright-core';

export const BASE_URL = (process.env.ATGT_E2E_BASE_URL ?? '').replace(/\/+$/, '');
export const PASSWORD = process.env.ATGT_E2E_PASSWORD ?? '';
export const ADMIN = process.env.ATGT_E2E_ADMIN || 'admin';
export const SCHOOL = process.env.ATGT_E2E_SCHOOL ?? '';

/** Reason to skip every browser test, or false when the environment is set. */
export const SKIP =
  !BASE_URL || !PASSWORD ? 'set ATGT_E2E_BASE_URL and ATGT_E2E_PASSWORD to run the browser tests' : false;

export const VIEWPORTS = {
  desktop: { width: 1366, height: 768 },
  phone: { width: 390, height: 844 },
};

/** A test timeout generous enough for a cold server on 2 cores. */
export const TEST_TIMEOUT = 180_000;

/** CSP violations reported by the pages of every launched browser and not yet failed on. */
const cspViolations = [];
const CSP_MESSAGE = /Content[- ]Security[- ]Policy|CSP violation/i;

/** Throws when a CSP violation was reported since the last check. */
function failOnCspViolations(when) {
  if (cspViolations.length === 0) return;
  const found = cspViolations.splice(0);
  assert.fail(`${found.length} Content-Security-Policy violation(s) ${when}:\n${found.slice(0, 10).join('\n')}`);
}

// Every test of a file that uses these helpers fails on a violation reported while it ran.
afterEach(() => failOnCspViolations('during this test'));

/** Reports CSP violations of every page of `context`, in the page (event) and from the browser (console). */
async function watchCsp(context) {
  await context.addInitScript(() => {
    document.addEventListener(
      'securitypolicyviolation',
      (e) =>
        console.error(
          `CSP violation: ${e.effectiveDirective} refused ${e.blockedURI || 'inline'}` +
            ` at ${e.sourceFile || document.location.href}:${e.lineNumber}` +
            (e.sample ? ` (${e.sample})` : ''),
        ),
      true,
    );
  });
  context.on('console', (msg) => {
    if (CSP_MESSAGE.test(msg.text())) cspViolations.push(`${msg.page()?.url() ?? ''}: ${msg.text()}`);
  });
}

/** Starts chromium with a fresh profile; `close()` also deletes the profile. */
export async function launch() {
  const dir = await mkdtemp(join(tmpdir(), 'atgt-e2e-'));
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: process.env.ATGT_E2E_CHROMIUM || '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
    baseURL: BASE_URL,
    viewport: VIEWPORTS.desktop,
    locale: 'vi-VN',
    timezoneId: 'Asia/Ho_Chi_Minh',
  });
  context.setDefaultTimeout(20_000);
  await watchCsp(context);
  const page = context.pages()[0] ?? (await context.newPage());
  return {
    context,
    page,
    async close() {
      await context.close();
      await rm(dir, { recursive: true, force: true });
      failOnCspViolations('after the last test');
    },
  };
}

/**
 * Fills the login form; waits until the app has left the login page. Any earlier session is
 * dropped first, so a test that failed while logged in does not decide the next one.
 */
export async function login(page, loginName, password = PASSWORD) {
  await page.goto('about:blank');
  await page.context().clearCookies();
  await page.goto('/dang-nhap');
  await page.getByLabel('Tên đăng nhập', { exact: true }).fill(loginName);
  await page.getByLabel('Mật khẩu', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Đăng nhập', exact: true }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/dang-nhap'));
}

/**
 * Logs out through the user menu in the header and waits for the login form. The menu item is
 * clicked once the menu has stopped moving (on a busy machine a click during its opening animation
 * can land on the item above it); should the page still not leave for /dang-nhap, the menu is used
 * again. The app then loads /dang-nhap afresh, so the wait is for the navigation to commit and then
 * for the form itself (the load event can come late).
 */
export async function logout(page) {
  const atLogin = (url) => url.pathname.startsWith('/dang-nhap');
  for (let attempt = 1; ; attempt++) {
    if (!atLogin(new URL(page.url()))) {
      await page.getByRole('button', { name: /^Tài khoản:/ }).click();
      const item = page.getByRole('menuitem', { name: 'Đăng xuất' });
      await item.waitFor();
      await animationsDone(page);
      await item.click();
    }
    try {
      await page.waitForURL(atLogin, { waitUntil: 'commit', timeout: 20_000 });
      break;
    } catch (e) {
      if (attempt >= 3) throw e;
      console.error(`logout: attempt ${attempt} left the page at ${page.url()}; using the menu again`);
    }
  }
  await page.getByLabel('Tên đăng nhập', { exact: true }).waitFor({ timeout: 60_000 });
}

function describeViolations(violations) {
  return violations
    .map((v) => `${v.impact} ${v.id}: ${v.help}\n${v.nodes.slice(0, 5).map((n) => `    ${n.target.join(' ')}`).join('\n')}`)
    .join('\n');
}

/**
 * Waits (up to 3 s) until no finite CSS animation or transition is running: axe measures colours
 * as they are, so a toast fading in or out would read as low contrast. Endless ones (spinners)
 * are ignored.
 */
async function animationsDone(page) {
  await page
    .waitForFunction(
      () =>
        document
          .getAnimations()
          .every((a) => a.playState !== 'running' || a.effect?.getComputedTiming().endTime === Infinity),
      null,
      { timeout: 3000, polling: 50 },
    )
    .catch(() => {});
}

/**
 * Runs axe-core on the page once its animations are done; fails on any serious or critical
 * violation. Toasts (`.ant-message`) are left out: they fade out on their own timer, which may start
 * while axe is measuring, and their colours are antd's own.
 */
export async function checkA11y(page, label = page.url()) {
  await animationsDone(page);
  const results = await new AxeBuilder({ page }).exclude('.ant-message').analyze();
  const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  assert.equal(bad.length, 0, `accessibility violations on ${label}:\n${describeViolations(bad)}`);
}

async function settle(page, viewport) {
  await page.setViewportSize(viewport);
  await page.waitForFunction((w) => window.innerWidth === w, viewport.width);
  // Let media-query listeners re-render and antd finish its transitions.
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  await page.waitForTimeout(400);
}

async function horizontalOverflow(page) {
  return page.evaluate(() => {
    const el = document.scrollingElement ?? document.documentElement;
    return Math.max(el.scrollWidth, document.body.scrollWidth) - window.innerWidth;
  });
}

/** Asserts the page does not scroll sideways at 1366×768 nor at 390×844; restores the desktop size. */
export async function checkNoHorizontalScroll(page, label = page.url()) {
  for (const [name, viewport] of Object.entries(VIEWPORTS)) {
    await settle(page, viewport);
    const overflow = await horizontalOverflow(page);
    assert.ok(overflow <= 0, `${label}: page scrolls horizontally by ${overflow}px at ${name} ${viewport.width}×${viewport.height}`);
  }
  await settle(page, VIEWPORTS.desktop);
}

/** Both checks at both sizes: axe at desktop and phone size, then the scroll check. */
export async function checkScreen(page, label = page.url()) {
  await settle(page, VIEWPORTS.phone);
  await checkA11y(page, `${label} (390×844)`);
  await settle(page, VIEWPORTS.desktop);
  await checkA11y(page, `${label} (1366×768)`);
  await checkNoHorizontalScroll(page, label);
}

/** Folds Vietnamese for comparisons: lower case, no accents, đ → d. */
export function fold(text) {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** The page of a Page or a Locator. */
function pageOf(scope) {
  return typeof scope.page === 'function' ? scope.page() : scope;
}

/** The open antd dropdown (the newest one). */
function openPopup(page) {
  return page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden)').last();
}

/**
 * Waits until the dropdown `popup` of `select` is gone (it may cover other fields). A single select
 * closes by itself on a pick, perhaps slowly on a busy machine, and is never sent Escape: that would
 * close the surrounding modal instead. A multiple select stays open and is closed with Escape.
 */
async function closePopup(page, popup, select) {
  const handle = await popup.elementHandle({ timeout: 500 }).catch(() => null);
  if (!handle) return;
  const multiple = (await select.first().getAttribute('class'))?.includes('ant-select-multiple');
  if (multiple && (await handle.isVisible())) await page.keyboard.press('Escape');
  await handle.waitForElementState('hidden', { timeout: 10_000 }).catch(() => {});
}

/** The antd select around the input labelled `label`. */
function selectOf(scope, label) {
  // `has` is resolved inside each .ant-select, so it must not carry the scope's own selectors.
  return scope.locator('.ant-select').filter({ has: pageOf(scope).getByLabel(label, { exact: true }) });
}

/**
 * Opens the unit picker labelled `label` inside `scope` (a page, or a locator such as a dialog),
 * types `query` and clicks the first `count` units whose name contains the query (accents
 * ignored). Returns the names picked.
 */
export async function pickUnits(scope, label, query, count = 1) {
  const page = pageOf(scope);
  const input = scope.getByLabel(label, { exact: true });
  const select = selectOf(scope, label);
  const search = async () => {
    await input.click();
    await input.fill(query);
    const popup = openPopup(page);
    await popup.locator('.ant-select-tree-node-content-wrapper[title]').first().waitFor();
    // The tree re-renders while the filter applies and matches expand.
    await page.waitForTimeout(400);
    return popup;
  };
  let popup = await search();
  const titles = await popup
    .locator('.ant-select-tree-node-content-wrapper[title]')
    .evaluateAll((els) => els.map((e) => e.getAttribute('title') ?? ''));
  const wanted = titles.filter((t) => fold(t).includes(fold(query))).slice(0, count);
  assert.equal(wanted.length, count, `expected ${count} units matching "${query}" in "${label}", found: ${titles.join(' | ')}`);
  let searched = true;
  for (const title of wanted) {
    for (let attempt = 0; ; attempt++) {
      if ((await select.filter({ hasText: title }).count()) > 0) break;
      assert.ok(attempt < 3, `could not pick "${title}" in "${label}"`);
      // A pick clears the search of a multiple select: search again before every other click.
      if (!searched || !(await popup.isVisible())) popup = await search();
      searched = false;
      await popup.locator(`.ant-select-tree-node-content-wrapper[title="${title.replace(/"/g, '\\"')}"]`).first().click();
      await page.waitForTimeout(200);
    }
  }
  await closePopup(page, popup, select);
  for (const title of wanted) await select.filter({ hasText: title }).first().waitFor();
  return wanted;
}

/** Chooses the option whose label is exactly `optionLabel` in the antd Select labelled `label`. */
export async function pickOption(scope, label, optionLabel) {
  const page = pageOf(scope);
  const input = scope.getByLabel(label, { exact: true });
  const select = selectOf(scope, label);
  for (let attempt = 0; attempt < 3; attempt++) {
    if ((await select.filter({ hasText: optionLabel }).count()) > 0) return;
    await input.click();
    await input.fill(optionLabel);
    const popup = openPopup(page);
    await popup.locator(`.ant-select-item-option[title="${optionLabel}"]`).click();
    await closePopup(page, popup, select);
  }
  await select.filter({ hasText: optionLabel }).first().waitFor({ timeout: 1000 });
}

/** A value unique to this run, for logins and unit codes. */
export function uniqueSuffix() {
  return `${Date.now().toString(36)}${Math.floor(Math.random() * 1296).toString(36)}`;
}
