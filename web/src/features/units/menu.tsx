// Side-menu entries of the organisation screens (assembled by src/app/menu.ts).
import { ApartmentOutlined, EditOutlined } from '@ant-design/icons';
import type { MenuEntry } from '../../lib/menu';

export const menu: MenuEntry[] = [
  { path: '/to-chuc', label: 'nav.org', icon: <ApartmentOutlined aria-hidden />, capability: 'read_registry', order: 20 },
  { path: '/to-chuc/chinh-sua', label: 'nav.registry', icon: <EditOutlined aria-hidden />, capability: 'edit_registry', order: 30 },
];
