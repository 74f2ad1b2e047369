// The side menu and the route table agree: every page of the authenticated frame has a menu entry
// (except the pages reached from elsewhere, listed below) and every entry has a route; each entry
// names a known capability and label.
import { describe, expect, it } from 'vitest';
import type { RouteObject } from 'react-router';
import { hasMessage } from '../lib/i18n';
import { isCapability } from '../lib/session/capabilities';
import './i18n';
import { MENU } from './menu';
import { routes } from './routes';

/** Pages of the app frame without a menu entry: opened from a link, the header or a list. */
const NOT_IN_MENU = ['/tai-khoan', '/jobs/:jobId', '/to-chuc/:unitId', '/van-ban/moi', '/van-ban/:documentId', '/van-ban/:documentId/sua', '/nhiem-vu/:assignmentId', '/ke-hoach/:planId', '/ke-hoach/:planId/nhiem-vu/:assignmentId', '/cam-ket/chua-ky', '/cam-ket/nhap', '/thong-bao-vi-pham/:noticeId', '/*'];

function appPaths(): string[] {
  const frame = routes.find((r) => r.path === '/');
  const out: string[] = [];
  const walk = (rs: RouteObject[] | undefined, base: string) => {
    for (const r of rs ?? []) {
      const path = r.index ? base : `${base === '/' ? '' : base}/${r.path}`;
      out.push(path);
      walk(r.children, path);
    }
  };
  walk(frame?.children, '/');
  return out;
}

describe('menu and routes', () => {
  const paths = appPaths();

  it('every page has a menu entry, except the listed ones', () => {
    const missing = paths.filter((p) => !NOT_IN_MENU.includes(p) && !MENU.some((e) => e.path === p));
    expect(missing).toEqual([]);
    for (const p of NOT_IN_MENU) expect(paths, p).toContain(p);
  });

  it('every menu entry has a page', () => {
    expect(MENU.filter((e) => !paths.includes(e.path)).map((e) => e.path)).toEqual([]);
  });

  it('menu entries name known capabilities and labels, once each', () => {
    for (const e of MENU) {
      if (e.capability !== undefined) expect(isCapability(e.capability), `${e.path}: ${e.capability}`).toBe(true);
      expect(hasMessage(e.label), `${e.path}: ${e.label}`).toBe(true);
    }
    expect(new Set(MENU.map((e) => e.path)).size).toBe(MENU.length);
    expect(new Set(MENU.map((e) => e.order)).size).toBe(MENU.length);
  });

  it('takes every feature that has a menu', () => {
    const menus = Object.values(import.meta.glob<{ menu: unknown[] }>('../features/*/menu.tsx', { eager: true })).flatMap((m) => m.menu);
    expect(menus.length).toBe(MENU.length);
    for (const e of menus) expect(MENU).toContain(e);
  });
});
