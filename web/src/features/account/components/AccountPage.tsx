// /tai-khoan: my account (name, unit, roles, my own email, editable), the notification e-mail settings and a link to
// change the password. The notification settings form comes from the notifications feature, put
// in by src/app/routes.tsx.
import { Card, Descriptions, Tag, Typography } from 'antd';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { PageHeader } from '../../../components/PageHeader';
import { labelFor, useI18n } from '../../../lib/i18n';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useCurrentUser } from '../../../lib/session/use-current-user';
import { OwnEmail } from './OwnEmail';

export default function AccountPage({ notificationPrefs }: { notificationPrefs: ReactNode }) {
  const { t } = useI18n();
  useDocumentTitle(t('account.title'));
  const user = useCurrentUser();
  return (
    <>
      <PageHeader title={t('account.title')} />
      <Card className="page-card">
        <Descriptions
          size="small"
          column={1}
          items={[
            { key: 'name', label: t('users.fullName'), children: user.full_name },
            { key: 'login', label: t('users.login'), children: user.login },
            { key: 'email', label: t('users.email'), children: <OwnEmail email={user.email ?? null} /> },
            { key: 'unit', label: t('users.unit'), children: user.unit_name },
            {
              key: 'roles',
              label: t('users.roles'),
              children: (
                <span className="tag-row">
                  {user.roles.map((r) => (
                    <Tag key={r}>{labelFor(t, 'role', r)}</Tag>
                  ))}
                </span>
              ),
            },
          ]}
        />
        <p className="account-password">
          <Link to="/doi-mat-khau">{t('nav.changePassword')}</Link>
        </p>
      </Card>
      <section aria-labelledby="prefs-title" className="page-section" id="cai-dat-thong-bao">
        <Typography.Title level={2} id="prefs-title" className="section-title">
          {t('prefs.title')}
        </Typography.Title>
        <Card className="page-card">
          {notificationPrefs}
        </Card>
      </section>
    </>
  );
}
