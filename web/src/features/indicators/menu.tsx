// Side-menu entry of the statistical indicators (assembled by src/app/menu.ts).
import { BarChartOutlined } from '@ant-design/icons';
import type { MenuEntry } from '../../lib/menu';

export const menu: MenuEntry[] = [{ path: '/chi-tieu', label: 'nav.indicators', icon: <BarChartOutlined aria-hidden />, order: 100 }];
