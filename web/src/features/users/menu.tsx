// Side-menu entry of user administration (assembled by src/app/menu.ts).
import { TeamOutlined } from '@ant-design/icons';
import type { MenuEntry } from '../../lib/menu';

export const menu: MenuEntry[] = [{ path: '/nguoi-dung', label: 'nav.users', icon: <TeamOutlined aria-hidden />, capability: 'manage_users', order: 40 }];
