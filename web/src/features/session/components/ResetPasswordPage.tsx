// /reset-password?token=…: the page the e-mailed link opens. New password twice → confirm; on
// success a link to log in. 422 shows the server's message (link invalid, used or expired) or the
// password policy error on the field.
import { Alert, Button, Flex, Form } from 'antd';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { isApiError } from '../../../lib/api';
import { applyFieldErrors, mapFieldErrors } from '../../../lib/form-errors';
import { useI18n } from '../../../lib/i18n';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useConfirmPasswordReset } from '../api/confirm-password-reset';
import { AuthFrame } from './AuthFrame';
import { NewPasswordFields } from './NewPasswordFields';

interface Values {
  new_password: string;
  confirm_password: string;
}

export default function ResetPasswordPage() {
  const { t } = useI18n();
  useDocumentTitle(t('reset.title'));
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const [form] = Form.useForm<Values>();
  const confirm = useConfirmPasswordReset();
  const [unmapped, setUnmapped] = useState<string[]>([]);

  const onFinish = (v: Values) => {
    setUnmapped([]);
    confirm.mutate(
      { token, new_password: v.new_password },
      {
        onError: (e) => {
          if (!isApiError(e)) return;
          const m = mapFieldErrors(e.fields, ['new_password']);
          applyFieldErrors(form, m.formFields);
          setUnmapped(m.unmapped.map((u) => u.message));
        },
      },
    );
  };

  return (
    <AuthFrame title={t('reset.title')}>
      {!token ? (
        <Alert type="error" showIcon role="alert" title={t('reset.noToken')} className="form-alert" />
      ) : confirm.isSuccess ? (
        <Alert
          type="success"
          showIcon
          role="status"
          title={t('reset.done', { login: confirm.data.login })}
          description={<Link to="/dang-nhap">{t('reset.goLogin')}</Link>}
          className="form-alert"
        />
      ) : (
        <Form<Values> form={form} layout="vertical" onFinish={onFinish} requiredMark={false} disabled={confirm.isPending}>
          <NewPasswordFields autoFocus />
          {confirm.isError && <ErrorAlert error={confirm.error} extraMessages={unmapped} className="form-alert" />}
          <Button type="primary" htmlType="submit" block loading={confirm.isPending}>
            {t('reset.submit')}
          </Button>
        </Form>
      )}
      <Flex justify="center" className="auth-secondary">
        <Link to="/dang-nhap">{t('reset.backToLogin')}</Link>
      </Flex>
    </AuthFrame>
  );
}
