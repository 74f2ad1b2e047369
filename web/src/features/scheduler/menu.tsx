// Side-menu entry of the scheduled tasks and e-mail queue (assembled by src/app/menu.ts).
import { ClockCircleOutlined } from '@ant-design/icons';
import type { MenuEntry } from '../../lib/menu';

export const menu: MenuEntry[] = [
  { path: '/tac-vu-dinh-ky', label: 'nav.scheduler', icon: <ClockCircleOutlined aria-hidden />, capability: 'operate_system', order: 80 },
];
