// The retention period of personal data (sessions, login attempts, password resets, read
// notifications, sent emails, backups): a global setting of the system administrator, bounded to
// 1–36,500 days; the daily task retention.purge applies it.
import { App, Alert, Button, Form, InputNumber, Typography } from 'antd';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { useI18n } from '../../../lib/i18n';
import { useRetention, useSetRetention } from '../api/retention';

export function RetentionSection() {
  const { t } = useI18n();
  const { message } = App.useApp();
  const retention = useRetention(true);
  const save = useSetRetention();
  const data = retention.data;
  return (
    <section aria-labelledby="retention-title" className="page-section">
      <Typography.Title level={2} id="retention-title" className="section-title">
        {t('retention.heading')}
      </Typography.Title>
      <Typography.Paragraph className="muted">{t('retention.description')}</Typography.Paragraph>
      {retention.isError && <ErrorAlert error={retention.error} className="form-alert" />}
      {data?.problem && <Alert type="warning" showIcon className="form-alert" message={t('retention.problem')} description={data.problem} />}
      {data && (
        <Form
          layout="inline"
          key={data.personal_data_days ?? 'none'}
          initialValues={{ personal_data_days: data.personal_data_days ?? data.default_days }}
          onFinish={(v: { personal_data_days: number }) =>
            save.mutate(v.personal_data_days, { onSuccess: () => message.success(t('retention.saved')) })
          }
        >
          <Form.Item
            name="personal_data_days"
            label={t('retention.days')}
            rules={[{ required: true, type: 'integer', min: data.min_days, max: data.max_days, message: t('retention.range') }]}
          >
            <InputNumber min={data.min_days} max={data.max_days} precision={0} addonAfter={t('retention.unit')} />
          </Form.Item>
          <Form.Item>
            <Button type="primary" htmlType="submit" loading={save.isPending}>
              {t('common.save')}
            </Button>
          </Form.Item>
        </Form>
      )}
      {save.isError && <ErrorAlert error={save.error} className="form-alert" />}
    </section>
  );
}
