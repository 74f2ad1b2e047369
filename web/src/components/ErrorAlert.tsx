// Shows an API error: the server's (Vietnamese) message, field messages the form could not place,
// and row errors of an import. `errorText` gives the same text for toasts.
import { Alert } from 'antd';
import { isApiError } from '../lib/api';
import { hasMessage, type Lang, type Translate, useI18n } from '../lib/i18n';

export function errorText(error: unknown, t: Translate, lang: Lang): string {
  if (!isApiError(error)) return t('error.generic');
  const key = `error.${error.code}`;
  if (lang === 'vi' && error.message) return error.message;
  if (hasMessage(key)) return t(key);
  return error.message || t('error.generic');
}

export function useErrorText() {
  const { t, lang } = useI18n();
  return (error: unknown) => errorText(error, t, lang);
}

interface ErrorAlertProps {
  error: unknown;
  /** Field errors already shown on the form, by field name; the rest are listed here. */
  extraMessages?: readonly string[];
  className?: string;
}

export function ErrorAlert({ error, extraMessages, className }: ErrorAlertProps) {
  const { t, lang } = useI18n();
  if (!error) return null;
  const rows = isApiError(error) ? error.rows : [];
  const lines = [
    ...(extraMessages ?? []),
    ...rows.map((r) => t('error.row', { row: r.row, column: r.column, message: r.message })),
  ];
  return (
    <Alert
      className={className}
      type="error"
      showIcon
      role="alert"
      title={errorText(error, t, lang)}
      description={
        lines.length > 0 ? (
          <ul className="plain-list">
            {lines.map((l, i) => (
              <li key={i}>{l}</li>
            ))}
          </ul>
        ) : undefined
      }
    />
  );
}
