// Side-menu entries of violation records (assembled by src/app/menu.ts): police only.
import { AlertOutlined, FormOutlined, ImportOutlined } from '@ant-design/icons';
import type { MenuEntry } from '../../lib/menu';

export const menu: MenuEntry[] = [
  { path: '/vi-pham', label: 'nav.violations', icon: <AlertOutlined aria-hidden />, capability: 'record_violations', order: 23 },
  { path: '/vi-pham/ghi-nhan', label: 'nav.recordViolation', icon: <FormOutlined aria-hidden />, capability: 'record_violations', order: 24 },
  { path: '/vi-pham/nhap', label: 'nav.importViolations', icon: <ImportOutlined aria-hidden />, capability: 'record_violations', order: 27 },
];
