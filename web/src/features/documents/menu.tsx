// Side-menu entries of official documents (assembled by src/app/menu.ts): the unit's documents and
// the inbox for everyone signed in, the registers, and the unit's document settings for those who
// manage them.
import { FileTextOutlined, InboxOutlined, BookOutlined, SettingOutlined } from '@ant-design/icons';
import type { MenuEntry } from '../../lib/menu';

export const menu: MenuEntry[] = [
  { path: '/van-ban', label: 'nav.documents', icon: <FileTextOutlined aria-hidden />, order: 12 },
  { path: '/van-ban/den', label: 'nav.documentsInbox', icon: <InboxOutlined aria-hidden />, order: 13 },
  { path: '/van-ban/so', label: 'nav.documentRegisters', icon: <BookOutlined aria-hidden />, order: 14 },
  { path: '/van-ban/thiet-lap', label: 'nav.documentSettings', icon: <SettingOutlined aria-hidden />, capability: 'manage_document_settings', order: 15 },
];
