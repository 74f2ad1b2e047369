// /reset-password?token=…: the page the e-mailed link opens. New password twice → confirm; on
// success a link to log in. 422 shows the server's message (link invalid, used or expired) or the
// password policy error on the field.
import { Alert, Button, Flex, Form } from 'antd';
import { Link, useSearchParams } from 'react-router';
import { useServerForm } from '../../../components/use-server-form';
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
  const server = useServerForm(form, { fields: ['new_password'], mutations: [confirm] });

  const onFinish = (v: Values) => {
    server.clearErrors();
    confirm.mutate(
      { token, new_password: v.new_password },
      {
        onError: server.onError,
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
          {server.alert}
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
