// Sets the browser tab title to "<page> — <app name>".
import { useEffect } from 'react';
import { useI18n } from './i18n';

export function useDocumentTitle(title: string | null | undefined): void {
  const { t } = useI18n();
  const app = t('app.name');
  useEffect(() => {
    document.title = title ? `${title} — ${app}` : app;
  }, [title, app]);
}
