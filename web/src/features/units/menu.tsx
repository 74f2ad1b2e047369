// Side-menu entries of the organisation screens (assembled by src/app/menu.ts).
import { ApartmentOutlined, DiffOutlined, EditOutlined, SafetyCertificateOutlined } from '@ant-design/icons';
import type { MenuEntry } from '../../lib/menu';

export const menu: MenuEntry[] = [
  { path: '/to-chuc', label: 'nav.org', icon: <ApartmentOutlined aria-hidden />, capability: 'read_registry', order: 20 },
  { path: '/to-chuc/thay-doi', label: 'nav.orgChanges', icon: <DiffOutlined aria-hidden />, capability: 'read_registry', order: 22 },
  { path: '/to-chuc/chinh-sua', label: 'nav.registry', icon: <EditOutlined aria-hidden />, capability: 'edit_registry', order: 30 },
  { path: '/to-chuc/chua-xac-minh', label: 'nav.unverified', icon: <SafetyCertificateOutlined aria-hidden />, capability: 'edit_registry', order: 32 },
];
