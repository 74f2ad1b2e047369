// The shape of a side-menu entry. Each feature exports its entries (features/<noun>/menu.tsx);
// src/app/menu.ts assembles them, and the route of each entry asks for the same capability.
import type { ReactNode } from 'react';
import type { MessageKey } from './i18n';
import type { Capability } from './session/capabilities';

export interface MenuEntry {
  /** Absolute route path, e.g. "/nguoi-dung". */
  path: string;
  label: MessageKey;
  icon: ReactNode;
  /** Needed to see the entry and open its route; none = every signed-in user. */
  capability?: Capability;
  /** Position in the menu, ascending. */
  order: number;
}
