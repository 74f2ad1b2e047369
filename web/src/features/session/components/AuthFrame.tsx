// The frame of the pages shown before the app itself (login, forced password change): brand,
// language switch and a centred card inside the main landmark.
import { Card, Typography } from 'antd';
import type { ReactNode } from 'react';
import { LanguageToggle } from '../../../components/LanguageToggle';
import { useI18n } from '../../../lib/i18n';

export function AuthFrame({ title, children }: { title: string; children: ReactNode }) {
  const { t } = useI18n();
  return (
    <div className="auth-page">
      <header className="auth-header">
        <span className="auth-brand">
          <img src="/favicon.svg" alt="" width={32} height={32} />
          <span>{t('app.name')}</span>
        </span>
        <LanguageToggle />
      </header>
      <main className="auth-main" id="main-content">
        <Card className="auth-card">
          <Typography.Title level={1} className="auth-title">
            {title}
          </Typography.Title>
          <Typography.Paragraph className="auth-subtitle">{t('app.tagline')}</Typography.Paragraph>
          {children}
        </Card>
      </main>
    </div>
  );
}
