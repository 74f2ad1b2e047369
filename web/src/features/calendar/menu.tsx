// Side-menu entry of the school calendar (assembled by src/app/menu.ts).
import { CalendarOutlined } from '@ant-design/icons';
import type { MenuEntry } from '../../lib/menu';

export const menu: MenuEntry[] = [{ path: '/lich', label: 'nav.calendar', icon: <CalendarOutlined aria-hidden />, order: 90 }];
