// Side-menu entry of the unit's plan tasks (assembled by src/app/menu.ts). Holders of review_tasks
// hold report_tasks too (the server's roles), so one capability guards the entry.
import { CarryOutOutlined } from '@ant-design/icons';
import type { MenuEntry } from '../../lib/menu';

export const menu: MenuEntry[] = [{ path: '/nhiem-vu', label: 'nav.planTasks', icon: <CarryOutOutlined aria-hidden />, capability: 'report_tasks', order: 16 }];
