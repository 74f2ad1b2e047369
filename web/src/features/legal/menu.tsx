// Side-menu entry of the violation codes (assembled by src/app/menu.ts).
import { SafetyCertificateOutlined } from '@ant-design/icons';
import type { MenuEntry } from '../../lib/menu';

export const menu: MenuEntry[] = [{ path: '/ma-vi-pham', label: 'nav.legal', icon: <SafetyCertificateOutlined aria-hidden />, order: 95 }];
