// Side-menu entries of students, roster import and commitments (assembled by src/app/menu.ts).
import { ContactsOutlined, FileDoneOutlined, UploadOutlined } from '@ant-design/icons';
import type { MenuEntry } from '../../lib/menu';

export const menu: MenuEntry[] = [
  { path: '/hoc-sinh', label: 'nav.students', icon: <ContactsOutlined aria-hidden />, capability: 'view_students', order: 17 },
  { path: '/hoc-sinh/nhap', label: 'nav.studentImport', icon: <UploadOutlined aria-hidden />, capability: 'import_students', order: 18 },
  { path: '/cam-ket', label: 'nav.commitments', icon: <FileDoneOutlined aria-hidden />, capability: 'view_students', order: 19 },
];
