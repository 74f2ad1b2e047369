// The side menu: every feature's entries, in their order. AppLayout shows those the user's
// capabilities allow; the router guards each entry's route with the same capability.
import type { MenuEntry } from '../lib/menu';
import { menu as audit } from '../features/audit/menu';
import { menu as calendar } from '../features/calendar/menu';
import { menu as documents } from '../features/documents/menu';
import { menu as enrolments } from '../features/enrolments/menu';
import { menu as home } from '../features/home/menu';
import { menu as indicators } from '../features/indicators/menu';
import { menu as jobs } from '../features/jobs/menu';
import { menu as legal } from '../features/legal/menu';
import { menu as notifications } from '../features/notifications/menu';
import { menu as plans } from '../features/plans/menu';
import { menu as students } from '../features/students/menu';
import { menu as scheduler } from '../features/scheduler/menu';
import { menu as units } from '../features/units/menu';
import { menu as users } from '../features/users/menu';
import { menu as violations } from '../features/violations/menu';
import { menu as notices } from '../features/notices/menu';
import { menu as violationStats } from '../features/violation-stats/menu';
import { menu as accidents } from '../features/accidents/menu';
import { menu as privacy } from '../features/privacy/menu';
import { menu as breaches } from '../features/breaches/menu';
import { menu as privacyRegister } from '../features/privacy-register/menu';

export const MENU: readonly MenuEntry[] = [
  ...home,
  ...units,
  ...users,
  ...audit,
  ...jobs,
  ...notifications,
  ...scheduler,
  ...calendar,
  ...indicators,
  ...legal,
  ...enrolments,
  ...documents,
  ...plans,
  ...students,
  ...violations,
  ...notices,
  ...violationStats,
  ...accidents,
  ...privacy,
  ...breaches,
  ...privacyRegister,
].sort((a, b) => a.order - b.order);

/** The menu entry of an absolute route path. */
export function menuEntry(path: string): MenuEntry | undefined {
  return MENU.find((e) => e.path === path);
}
