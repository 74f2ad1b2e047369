// /: greeting, the user's unit and roles, the action items the server lists for this role
// (GET /api/v1/home) as cards linking to their pages, and quick links to the screens the capabilities open.
import { ApartmentOutlined, AuditOutlined, EditOutlined, RightOutlined, TeamOutlined } from '@ant-design/icons';
import { Card, Col, Empty, Flex, Row, Skeleton, Tag, Typography } from 'antd';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { PageHeader } from '../../../components/PageHeader';
import { labelFor, useI18n, type MessageKey } from '../../../lib/i18n';
import { useCan, type Capability } from '../../../lib/session/capabilities';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useCurrentUser } from '../../../lib/session/use-current-user';
import { useHome, type HomeItem } from '../api/get-home';

function ItemLink({ link, className, children }: { link: string; className?: string; children: ReactNode }) {
  if (/^https?:\/\//.test(link)) {
    return (
      <a href={link} className={className}>
        {children}
      </a>
    );
  }
  return (
    <Link to={link} className={className}>
      {children}
    </Link>
  );
}

function ActionCard({ item }: { item: HomeItem }) {
  const { t } = useI18n();
  return (
    <ItemLink link={item.link} className="home-card-link">
      <Card hoverable className="home-card">
        <Typography.Title level={3} className="home-card-title">
          {item.title}
        </Typography.Title>
        <Flex justify="space-between" align="flex-end">
          <span className="home-card-count">
            {item.count.toLocaleString('vi-VN')}
          </span>
          <span className="home-card-open">
            {t('home.open')} <RightOutlined aria-hidden />
          </span>
        </Flex>
      </Card>
    </ItemLink>
  );
}

interface QuickLink {
  to: string;
  label: MessageKey;
  text: MessageKey;
  icon: ReactNode;
  capability?: Capability;
}

const QUICK_LINKS: QuickLink[] = [
  { to: '/to-chuc', label: 'nav.org', text: 'home.quick.org', icon: <ApartmentOutlined aria-hidden /> },
  { to: '/to-chuc/chinh-sua', label: 'nav.registry', text: 'home.quick.registry', icon: <EditOutlined aria-hidden />, capability: 'edit_registry' },
  { to: '/nguoi-dung', label: 'nav.users', text: 'home.quick.users', icon: <TeamOutlined aria-hidden />, capability: 'manage_users' },
  { to: '/nhat-ky', label: 'nav.audit', text: 'home.quick.audit', icon: <AuditOutlined aria-hidden />, capability: 'read_audit' },
];

export default function HomePage() {
  const { t } = useI18n();
  const user = useCurrentUser();
  const home = useHome();
  useDocumentTitle(t('nav.home'));

  const can = useCan();
  const quick = QUICK_LINKS.filter((q) => !q.capability || can(q.capability));

  return (
    <>
      <PageHeader
        title={t('home.greeting', { name: user.full_name })}
        description={
          <>
            <span className="home-unit">
              {t('home.unit')}: <strong>{user.unit_name}</strong>
            </span>
            <span className="home-roles">
              {user.roles.map((r) => (
                <Tag key={r}>{labelFor(t, 'role', r)}</Tag>
              ))}
            </span>
          </>
        }
      />

      <section aria-labelledby="home-actions-title" className="page-section">
        <Typography.Title level={2} id="home-actions-title" className="section-title">
          {t('home.actions')}
        </Typography.Title>
        {home.isPending && <Skeleton active />}
        {home.isError && <ErrorAlert error={home.error} />}
        {home.data && home.data.items.length === 0 && <Empty description={t('home.noActions')} />}
        {home.data && home.data.items.length > 0 && (
          <Row gutter={[16, 16]}>
            {home.data.items.map((item) => (
              <Col key={`${item.kind}:${item.link}`} xs={24} sm={12} xl={8}>
                <ActionCard item={item} />
              </Col>
            ))}
          </Row>
        )}
      </section>

      <section aria-labelledby="home-quick-title" className="page-section">
        <Typography.Title level={2} id="home-quick-title" className="section-title">
          {t('home.quick')}
        </Typography.Title>
        <Row gutter={[16, 16]}>
          {quick.map((q) => (
            <Col key={q.to} xs={24} sm={12} xl={6}>
              <Link to={q.to} className="home-card-link">
                <Card hoverable className="home-card">
                  <Typography.Title level={3} className="home-card-title">
                    {q.icon} {t(q.label)}
                  </Typography.Title>
                  <Typography.Paragraph className="home-card-text">{t(q.text)}</Typography.Paragraph>
                </Card>
              </Link>
            </Col>
          ))}
        </Row>
      </section>
    </>
  );
}
