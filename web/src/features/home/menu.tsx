// Side-menu entry of the home page (assembled by src/app/menu.ts).
import { HomeOutlined } from '@ant-design/icons';
import type { MenuEntry } from '../../lib/menu';

export const menu: MenuEntry[] = [{ path: '/', label: 'nav.home', icon: <HomeOutlined aria-hidden />, order: 10 }];
