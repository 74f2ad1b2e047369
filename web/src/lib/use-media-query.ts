// React hook over window.matchMedia; `true` when the query matches. Server-less app: no SSR case.
import { useSyncExternalStore } from 'react';

export function useMediaQuery(query: string): boolean {
  return useSyncExternalStore(
    (onChange) => {
      const mql = window.matchMedia(query);
      mql.addEventListener('change', onChange);
      return () => mql.removeEventListener('change', onChange);
    },
    () => window.matchMedia(query).matches,
    () => false,
  );
}

/** Wide enough for the fixed side menu and full tables (antd `lg`). */
export function useIsDesktop(): boolean {
  return useMediaQuery('(min-width: 992px)');
}

/** Phone-sized screens (below antd `md`). */
export function useIsNarrow(): boolean {
  return useMediaQuery('(max-width: 767.98px)');
}
