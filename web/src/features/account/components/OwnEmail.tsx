// The user's own email on /tai-khoan: shown, and edited in place (where notifications and
// password-reset links go). Server field errors land on the field (useServerForm).
import { Button, Form, Input } from 'antd';
import { useState } from 'react';
import { FormFooter } from '../../../components/FormFooter';
import { useServerForm } from '../../../components/use-server-form';
import { useI18n } from '../../../lib/i18n';
import { useUpdateOwnProfile } from '../api/update-own-profile';

export function OwnEmail({ email }: { email: string | null }) {
  const { t } = useI18n();
  const [editing, setEditing] = useState(false);
  const [form] = Form.useForm<{ email: string }>();
  const update = useUpdateOwnProfile();
  const server = useServerForm(form, { fields: ['email'], mutations: [update], onClose: () => setEditing(false) });

  if (!editing)
    return (
      <span className="own-email">
        {email ?? <span className="muted">{t('common.noData')}</span>}{' '}
        <Button type="link" size="small" onClick={() => setEditing(true)}>
          {t('account.editEmail')}
        </Button>
      </span>
    );
  return (
    <Form
      form={form}
      layout="vertical"
      requiredMark={false}
      initialValues={{ email: email ?? '' }}
      onFinish={(v) => {
        server.clearErrors();
        const value = v.email.trim();
        update.mutate({ email: value === '' ? null : value }, { onSuccess: () => server.close(), onError: server.onError });
      }}
    >
      {server.alert}
      <Form.Item name="email" label={t('users.email')} extra={t('account.emailHelp')} rules={[{ type: 'email', message: t('account.emailInvalid') }]}>
        <Input type="email" autoComplete="email" autoFocus />
      </Form.Item>
      <FormFooter onCancel={server.close} busy={update.isPending} />
    </Form>
  );
}
