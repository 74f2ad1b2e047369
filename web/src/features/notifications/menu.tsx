// Side-menu entry of the notifications (assembled by src/app/menu.ts).
import { BellOutlined } from '@ant-design/icons';
import type { MenuEntry } from '../../lib/menu';

export const menu: MenuEntry[] = [{ path: '/notifications', label: 'nav.notifications', icon: <BellOutlined aria-hidden />, order: 70 }];
