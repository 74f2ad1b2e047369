// Side-menu entry of the register of processing purposes and the impact assessment (assembled by
// src/app/menu.ts).
import { SafetyCertificateOutlined } from '@ant-design/icons';
import type { MenuEntry } from '../../lib/menu';

export const menu: MenuEntry[] = [{ path: '/xu-ly-du-lieu-ca-nhan', label: 'nav.privacyRegister', icon: <SafetyCertificateOutlined aria-hidden />, capability: 'view_privacy_register', order: 34 }];
