// Side-menu entry of the audit log (assembled by src/app/menu.ts).
import { AuditOutlined } from '@ant-design/icons';
import type { MenuEntry } from '../../lib/menu';

export const menu: MenuEntry[] = [{ path: '/nhat-ky', label: 'nav.audit', icon: <AuditOutlined aria-hidden />, capability: 'read_audit', order: 50 }];
