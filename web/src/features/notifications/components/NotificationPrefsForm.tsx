// E-mail settings for notifications: off, one e-mail per notification, or a daily digest. Saved
// as soon as a choice is made; warns when the account has no e-mail address.
import { Alert, App, Radio, Skeleton, Space } from 'antd';
import { useId } from 'react';
import { ErrorAlert, useErrorText } from '../../../components/ErrorAlert';
import { useI18n } from '../../../lib/i18n';
import { useNotificationPrefs, type EmailMode } from '../api/get-prefs';
import { useUpdateNotificationPrefs } from '../api/update-prefs';

export function NotificationPrefsForm() {
  const { t } = useI18n();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const labelId = useId();
  const prefs = useNotificationPrefs();
  const update = useUpdateNotificationPrefs();

  if (prefs.isPending) return <Skeleton active paragraph={{ rows: 2 }} />;
  if (prefs.isError) return <ErrorAlert error={prefs.error} />;

  return (
    <div className="prefs-form">
      <div id={labelId} className="field-label">
        {t('prefs.emailMode')}
      </div>
      <Radio.Group
        aria-labelledby={labelId}
        value={prefs.data.email_mode}
        disabled={update.isPending}
        onChange={(e) =>
          update.mutate(
            { email_mode: e.target.value as EmailMode },
            { onSuccess: () => message.success(t('prefs.saved')), onError: (err) => message.error(errorText(err)) },
          )
        }
      >
        <Space orientation="vertical">
          <Radio value="off">{t('prefs.off')}</Radio>
          <Radio value="immediate">{t('prefs.immediate')}</Radio>
          <Radio value="daily">{t('prefs.daily')}</Radio>
        </Space>
      </Radio.Group>
      <div className="prefs-email">
        {prefs.data.email ? (
          <span className="muted">{t('prefs.sentTo', { email: prefs.data.email })}</span>
        ) : (
          <Alert type="warning" showIcon title={t('prefs.noEmail')} />
        )}
      </div>
    </div>
  );
}
