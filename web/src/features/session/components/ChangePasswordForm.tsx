// Current + new + confirmation password form (new ≥ 12 characters, different from the current).
// Server field errors (422 fields.new_password …) land on the matching inputs.
import { Button, Form, Input } from 'antd';
import { useState } from 'react';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { isApiError } from '../../../lib/api';
import { applyFieldErrors, mapFieldErrors } from '../../../lib/form-errors';
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
  const [unmapped, setUnmapped] = useState<string[]>([]);

  const onFinish = (v: Values) => {
    setUnmapped([]);
    change.mutate(
      { current_password: v.current_password, new_password: v.new_password },
      {
        onSuccess: onDone,
        onError: (e) => {
          if (!isApiError(e)) return;
          const m = mapFieldErrors(e.fields, ['current_password', 'new_password']);
          applyFieldErrors(form, m.formFields);
          setUnmapped(m.unmapped.map((u) => u.message));
        },
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
      {change.isError && <ErrorAlert error={change.error} extraMessages={unmapped} className="form-alert" />}
      <Button type="primary" htmlType="submit" block loading={change.isPending}>
        {t('password.submit')}
      </Button>
    </Form>
  );
}
