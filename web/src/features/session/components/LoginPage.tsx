// /dang-nhap: login form. After login, a user who must change the password goes to that form
// first; everyone else returns to the page they came from (?next=) or home.
import { Button, Flex, Form, Input } from 'antd';
import { Link, Navigate, useNavigate, useSearchParams } from 'react-router';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { FullPageSpin } from '../../../components/FullPageSpin';
import { useI18n } from '../../../lib/i18n';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useSession } from '../../../lib/session/get-session';
import { useLogin, type LoginInput } from '../api/login';
import { AuthFrame } from './AuthFrame';

/** Only same-site paths are followed after login. */
export function safeNext(next: string | null): string {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/dang-nhap')) return '/';
  return next;
}

export default function LoginPage() {
  const { t } = useI18n();
  useDocumentTitle(t('login.title'));
  const session = useSession();
  const login = useLogin();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const next = safeNext(params.get('next'));

  if (session.isPending) return <FullPageSpin />;
  if (session.data && !login.isPending) {
    return <Navigate to={session.data.user.must_change_password ? '/doi-mat-khau' : next} replace />;
  }

  const onFinish = (values: LoginInput) => {
    login.mutate(
      { login: values.login.trim(), password: values.password },
      {
        onSuccess: (s) => navigate(s.user.must_change_password ? '/doi-mat-khau' : next, { replace: true }),
      },
    );
  };

  return (
    <AuthFrame title={t('login.title')}>
      <Form<LoginInput> layout="vertical" onFinish={onFinish} requiredMark={false} disabled={login.isPending}>
        <Form.Item name="login" label={t('login.login')} rules={[{ required: true, whitespace: true, message: t('login.loginRequired') }]}>
          <Input autoComplete="username" autoFocus />
        </Form.Item>
        <Form.Item name="password" label={t('login.password')} rules={[{ required: true, message: t('login.passwordRequired') }]}>
          <Input.Password autoComplete="current-password" />
        </Form.Item>
        {login.isError && <ErrorAlert error={login.error} className="form-alert" />}
        <Button type="primary" htmlType="submit" block loading={login.isPending}>
          {t('login.submit')}
        </Button>
      </Form>
      <Flex justify="center" className="auth-secondary">
        <Link to="/quen-mat-khau">{t('login.forgot')}</Link>
      </Flex>
    </AuthFrame>
  );
}
