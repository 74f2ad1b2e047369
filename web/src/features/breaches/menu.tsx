// Side-menu entry of the breach log (assembled by src/app/menu.ts): administrators, the Department.
import { AlertOutlined } from '@ant-design/icons';
import type { MenuEntry } from '../../lib/menu';

export const menu: MenuEntry[] = [{ path: '/su-co-du-lieu', label: 'nav.breaches', icon: <AlertOutlined aria-hidden />, capability: 'manage_breaches', order: 33 }];
