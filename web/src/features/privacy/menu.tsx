// Side-menu entry of parents' requests about their child's data (assembled by src/app/menu.ts).
import { SafetyCertificateOutlined } from '@ant-design/icons';
import type { MenuEntry } from '../../lib/menu';

export const menu: MenuEntry[] = [{ path: '/yeu-cau-du-lieu', label: 'nav.privacyRequests', icon: <SafetyCertificateOutlined aria-hidden />, capability: 'privacy_requests', order: 31 }];
