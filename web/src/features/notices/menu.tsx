// Side-menu entries of the review queue and the notices (assembled by src/app/menu.ts): education.
import { NotificationOutlined, UserSwitchOutlined } from '@ant-design/icons';
import type { MenuEntry } from '../../lib/menu';

export const menu: MenuEntry[] = [
  { path: '/thong-bao-vi-pham', label: 'nav.notices', icon: <NotificationOutlined aria-hidden />, capability: 'view_notices', order: 25 },
  { path: '/doi-chieu-vi-pham', label: 'nav.matchQueue', icon: <UserSwitchOutlined aria-hidden />, capability: 'view_match_queue', order: 26 },
];
