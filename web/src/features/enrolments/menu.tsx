// Side-menu entry of the enrolment screen (assembled by src/app/menu.ts).
import { SolutionOutlined } from '@ant-design/icons';
import type { MenuEntry } from '../../lib/menu';

export const menu: MenuEntry[] = [{ path: '/si-so', label: 'nav.enrolments', icon: <SolutionOutlined aria-hidden />, capability: 'view_enrolments', order: 110 }];
