// Side-menu entry of the accidents (assembled by src/app/menu.ts).
import { WarningOutlined } from '@ant-design/icons';
import type { MenuEntry } from '../../lib/menu';

export const menu: MenuEntry[] = [{ path: '/tai-nan', label: 'nav.accidents', icon: <WarningOutlined aria-hidden />, capability: 'view_accidents', order: 29 }];
