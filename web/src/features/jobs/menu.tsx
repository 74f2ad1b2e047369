// Side-menu entry of the background jobs (assembled by src/app/menu.ts).
import { ScheduleOutlined } from '@ant-design/icons';
import type { MenuEntry } from '../../lib/menu';

export const menu: MenuEntry[] = [{ path: '/jobs', label: 'nav.jobs', icon: <ScheduleOutlined aria-hidden />, order: 60 }];
