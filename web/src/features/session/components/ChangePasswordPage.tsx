// /doi-mat-khau: password change. Required (nothing else opens) while must_change_password is set;
// otherwise reachable from the user menu.
import { Alert, App, Button, Flex } from 'antd';
import { Navigate, useNavigate } from 'react-router';
import { FullPageSpin } from '../../../components/FullPageSpin';
import { useI18n } from '../../../lib/i18n';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useSession } from '../../../lib/session/get-session';
import { useLogout } from '../api/logout';
import { AuthFrame } from './AuthFrame';
import { ChangePasswordForm } from './ChangePasswordForm';

export default function ChangePasswordPage() {
  const { t } = useI18n();
  useDocumentTitle(t('password.title'));
  const session = useSession();
  const logout = useLogout();
  const navigate = useNavigate();
  const { message } = App.useApp();

  if (session.isPending) return <FullPageSpin />;
  if (!session.data) return <Navigate to="/dang-nhap" replace />;
  const forced = session.data.user.must_change_password;

  return (
    <AuthFrame title={t('password.title')}>
      {forced && <Alert type="info" showIcon title={t('password.forced')} className="form-alert" />}
      <ChangePasswordForm
        onDone={() => {
          message.success(t('password.done'));
          navigate('/', { replace: true });
        }}
      />
      <Flex justify="center" className="auth-secondary">
        {forced ? (
          <Button type="link" onClick={() => logout.mutate(undefined, { onSettled: () => navigate('/dang-nhap', { replace: true }) })}>
            {t('nav.logout')}
          </Button>
        ) : (
          <Button type="link" onClick={() => navigate('/')}>
            {t('common.back')}
          </Button>
        )}
      </Flex>
    </AuthFrame>
  );
}
