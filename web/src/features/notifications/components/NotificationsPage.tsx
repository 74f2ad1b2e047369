// /notifications: all my notifications, newest first, page by page (before_id, "Xem thêm"), with an
// "unread only" filter, "Đánh dấu tất cả đã đọc" and a link to the e-mail settings.
import { Button, Empty, Flex, Skeleton, Switch, Typography } from 'antd';
import { useId, useState } from 'react';
import { Link } from 'react-router';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { PageHeader } from '../../../components/PageHeader';
import { useI18n } from '../../../lib/i18n';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useUnreadCount } from '../api/get-unread-count';
import { useNotificationPages } from '../api/list-notifications';
import { useMarkAllNotificationsRead } from '../api/mark-all-read';
import { NotificationItem, useOpenNotification } from './NotificationItem';

export default function NotificationsPage() {
  const { t } = useI18n();
  useDocumentTitle(t('notifications.title'));
  const switchId = useId();
  const [unreadOnly, setUnreadOnly] = useState(false);
  const pages = useNotificationPages(unreadOnly);
  const count = useUnreadCount();
  const markAll = useMarkAllNotificationsRead();
  const openNotification = useOpenNotification();
  const items = pages.data?.pages.flatMap((p) => p.notifications) ?? [];
  const unread = count.data?.unread_count ?? 0;

  return (
    <>
      <PageHeader
        title={t('notifications.title')}
        description={
          <>
            {t('notifications.description')} <Link to="/tai-khoan">{t('notifications.settingsLink')}</Link>
          </>
        }
        extra={
          <Button onClick={() => markAll.mutate()} loading={markAll.isPending} disabled={unread === 0}>
            {t('notifications.markAll')}
          </Button>
        }
      />
      <section aria-label={t('common.filters')} className="toolbar">
        <Flex align="center" gap={8}>
          <Switch id={switchId} checked={unreadOnly} onChange={setUnreadOnly} />
          <label htmlFor={switchId} className="field-label">
            {t('notifications.unreadOnly')}
          </label>
        </Flex>
        <span className="muted" aria-live="polite">
          {t('notifications.unreadCount', { count: unread })}
        </span>
      </section>
      <section aria-labelledby="notifications-list-title" className="page-section">
        <Typography.Title level={2} id="notifications-list-title" className="section-title">
          {unreadOnly ? t('notifications.listUnread') : t('notifications.listAll')}
        </Typography.Title>
        {pages.isPending && <Skeleton active paragraph={{ rows: 4 }} />}
        {pages.isError && <ErrorAlert error={pages.error} />}
        {pages.data &&
          (items.length === 0 ? (
            <Empty description={unreadOnly ? t('notifications.emptyUnread') : t('notifications.empty')} />
          ) : (
            <ul className="notification-list notification-page-list">
              {items.map((n) => (
                <li key={n.id}>
                  <NotificationItem notification={n} onOpen={openNotification} />
                </li>
              ))}
            </ul>
          ))}
        {pages.hasNextPage && (
          <Flex justify="center" className="pager">
            <Button onClick={() => pages.fetchNextPage()} loading={pages.isFetchingNextPage}>
              {t('notifications.more')}
            </Button>
          </Flex>
        )}
      </section>
    </>
  );
}
