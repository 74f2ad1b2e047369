// Sets a new password for a user (POST /api/v1/users/{id}/password); the user must change it at
// the next login.
import { App, Button, Form, Input, Modal, Typography } from 'antd';
import { FormFooter } from '../../../components/FormFooter';
import { useServerForm } from '../../../components/use-server-form';
import { useI18n } from '../../../lib/i18n';
import { useResetPassword } from '../api/reset-password';
import { MIN_PASSWORD_LENGTH, type User } from '../../../lib/users/model';
import { generatePassword } from './password';

export function ResetPasswordModal({ user, onClose }: { user: User | null; onClose: () => void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ password: string }>();
  const reset = useResetPassword();
  // No field of this form is named by the server's errors: they all show in the alert.
  const server = useServerForm(form, { fields: [], mutations: [reset], onClose });

  return (
    <Modal open={user !== null} title={t('users.resetPassword', { login: user?.login ?? '' })} onCancel={server.close} footer={null} destroyOnHidden>
      {user && (
        <Form
          form={form}
          clearOnDestroy
          name="reset-password"
          layout="vertical"
          disabled={reset.isPending}
          onFinish={(v) =>
            reset.mutate(
              { id: user.id, password: v.password },
              {
                onSuccess: () => {
                  message.success(t('users.passwordReset', { login: user.login }));
                  server.close();
                },
              },
            )
          }
        >
          <Typography.Paragraph>{t('users.resetPasswordHelp', { name: user.full_name })}</Typography.Paragraph>
          <Form.Item
            name="password"
            label={t('password.new')}
            extra={t('password.rule', { min: MIN_PASSWORD_LENGTH })}
            rules={[
              { required: true, message: t('password.newRequired') },
              { min: MIN_PASSWORD_LENGTH, message: t('password.tooShort', { min: MIN_PASSWORD_LENGTH }) },
            ]}
          >
            <Input.Password autoComplete="new-password" />
          </Form.Item>
          {server.alert}
          <FormFooter
            onCancel={server.close}
            busy={reset.isPending}
            submitLabel={t('users.resetSubmit')}
            extra={<Button onClick={() => form.setFieldsValue({ password: generatePassword() })}>{t('users.generate')}</Button>}
          />
        </Form>
      )}
    </Modal>
  );
}
