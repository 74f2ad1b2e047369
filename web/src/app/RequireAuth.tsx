// Route guards: RequireAuth sends visitors without a session to the login page and users who must
// change their password to that form; RequireCapability shows 403 to users without the capability.
import { Button, Result } from 'antd';
import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { FullPageSpin } from '../components/FullPageSpin';
import { useErrorText } from '../components/ErrorAlert';
import { useSession } from '../lib/session/get-session';
import { useI18n } from '../lib/i18n';
import { can, type Capability } from '../lib/session/capabilities';
import { AppLayout } from './AppLayout';

export function RequireAuth() {
  const session = useSession();
  const location = useLocation();
  const { t } = useI18n();
  const errorText = useErrorText();

  if (session.isPending) return <FullPageSpin />;
  if (session.isError) {
    return (
      <main className="auth-page">
        <Result
          status="warning"
          title={<h1 className="result-title">{t('session.unavailable')}</h1>}
          subTitle={errorText(session.error)}
          extra={
            <Button type="primary" onClick={() => session.refetch()}>
              {t('common.retry')}
            </Button>
          }
        />
      </main>
    );
  }
  if (!session.data) {
    const next = location.pathname + location.search;
    const to = next === '/' ? '/dang-nhap' : `/dang-nhap?next=${encodeURIComponent(next)}`;
    return <Navigate to={to} replace />;
  }
  if (session.data.user.must_change_password) return <Navigate to="/doi-mat-khau" replace />;
  return <AppLayout />;
}

export function RequireCapability({ capability, children }: { capability: Capability; children: ReactNode }) {
  const { data } = useSession();
  const { t } = useI18n();
  if (!can(data, capability)) {
    return (
      <Result
        status="403"
        title={<h1 className="result-title">{t('forbidden.title')}</h1>}
        subTitle={t('forbidden.text')}
      />
    );
  }
  return <>{children}</>;
}
