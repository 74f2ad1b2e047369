// /quen-mat-khau: asks for a login or e-mail and requests a reset link. The server answers the same
// neutral message whether or not the account exists; it is shown as is.
import { Alert, Button, Flex, Form, Input } from 'antd';
import { Link } from 'react-router';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { useI18n } from '../../../lib/i18n';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useRequestPasswordReset, type RequestPasswordResetInput } from '../api/request-password-reset';
import { AuthFrame } from './AuthFrame';

export default function ForgotPasswordPage() {
  const { t } = useI18n();
  useDocumentTitle(t('reset.requestTitle'));
  const request = useRequestPasswordReset();

  return (
    <AuthFrame title={t('reset.requestTitle')}>
      {request.isSuccess ? (
        <Alert type="success" showIcon role="status" title={request.data.message} className="form-alert" />
      ) : (
        <Form<RequestPasswordResetInput>
          layout="vertical"
          requiredMark={false}
          disabled={request.isPending}
          onFinish={(v) => request.mutate({ login: v.login.trim() })}
        >
          <p className="muted">{t('reset.requestHelp')}</p>
          <Form.Item name="login" label={t('reset.loginOrEmail')} rules={[{ required: true, whitespace: true, message: t('reset.loginRequired') }]}>
            <Input autoComplete="username" autoFocus maxLength={254} />
          </Form.Item>
          {request.isError && <ErrorAlert error={request.error} className="form-alert" />}
          <Button type="primary" htmlType="submit" block loading={request.isPending}>
            {t('reset.requestSubmit')}
          </Button>
        </Form>
      )}
      <Flex justify="center" className="auth-secondary">
        <Link to="/dang-nhap">{t('reset.backToLogin')}</Link>
      </Flex>
    </AuthFrame>
  );
}
