// Sets a new password for a user (POST /api/v1/users/{id}/password); the user must change it at
// the next login.
import { App, Button, Flex, Form, Input, Modal, Typography } from 'antd';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { useI18n } from '../../../lib/i18n';
import { useResetPassword } from '../api/reset-password';
import { MIN_PASSWORD_LENGTH, type User } from '../../../lib/users/model';
import { generatePassword } from './password';

export function ResetPasswordModal({ user, onClose }: { user: User | null; onClose: () => void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ password: string }>();
  const reset = useResetPassword();

  const close = () => {
    reset.reset();
    onClose();
  };

  return (
    <Modal open={user !== null} title={t('users.resetPassword', { login: user?.login ?? '' })} onCancel={close} footer={null} destroyOnHidden>
      {user && (
        <Form
          form={form}
          name="reset-password"
          layout="vertical"
          disabled={reset.isPending}
          onFinish={(v) =>
            reset.mutate(
              { id: user.id, password: v.password },
              {
                onSuccess: () => {
                  message.success(t('users.passwordReset', { login: user.login }));
                  close();
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
          {reset.isError && <ErrorAlert error={reset.error} className="form-alert" />}
          <Flex gap={8} justify="flex-end" wrap>
            <Button onClick={() => form.setFieldsValue({ password: generatePassword() })}>{t('users.generate')}</Button>
            <Button onClick={close}>{t('common.cancel')}</Button>
            <Button type="primary" htmlType="submit" loading={reset.isPending}>
              {t('users.resetSubmit')}
            </Button>
          </Flex>
        </Form>
      )}
    </Modal>
  );
}
