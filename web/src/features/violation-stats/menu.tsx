// Side-menu entry of the violation statistics (assembled by src/app/menu.ts).
import { BarChartOutlined } from '@ant-design/icons';
import type { MenuEntry } from '../../lib/menu';

export const menu: MenuEntry[] = [{ path: '/thong-ke-vi-pham', label: 'nav.violationStats', icon: <BarChartOutlined aria-hidden />, capability: 'view_violation_stats', order: 28 }];
