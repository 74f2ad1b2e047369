// Current + new + confirmation password form (new ≥ 12 characters, different from the current).
// Server field errors (422 fields.new_password …) land on the matching inputs.
import { Button, Form, Input } from 'antd';
import { useServerForm } from '../../../components/use-server-form';
import { useI18n } from '../../../lib/i18n';
import { useChangePassword } from '../api/change-password';
import { NewPasswordFields } from './NewPasswordFields';

interface Values {
  current_password: string;
  new_password: string;
  confirm_password: string;
}

export function ChangePasswordForm({ onDone }: { onDone: () => void }) {
  const { t } = useI18n();
  const [form] = Form.useForm<Values>();
  const change = useChangePassword();
  const server = useServerForm(form, { fields: ['current_password', 'new_password'], mutations: [change] });

  const onFinish = (v: Values) => {
    server.clearErrors();
    change.mutate(
      { current_password: v.current_password, new_password: v.new_password },
      {
        onSuccess: onDone,
        onError: server.onError,
      },
    );
  };

  return (
    <Form<Values> form={form} layout="vertical" onFinish={onFinish} requiredMark={false} disabled={change.isPending}>
      <Form.Item
        name="current_password"
        label={t('password.current')}
        rules={[{ required: true, message: t('password.currentRequired') }]}
      >
        <Input.Password autoComplete="current-password" autoFocus />
      </Form.Item>
      <NewPasswordFields differentFrom="current_password" />
      {server.alert}
      <Button type="primary" htmlType="submit" block loading={change.isPending}>
        {t('password.submit')}
      </Button>
    </Form>
  );
}
