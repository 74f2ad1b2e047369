// The bell in the header: unread count (polled every 15 s and on window focus) and, on click, the
// newest notifications, "Đánh dấu tất cả đã đọc" and a link to /notifications; a popover on wide
// screens, a drawer from the right on phones.
import { BellOutlined } from '@ant-design/icons';
import { Badge, Button, Drawer, Empty, Flex, Popover, Skeleton } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { useI18n } from '../../../lib/i18n';
import { useIsNarrow } from '../../../lib/use-media-query';
import { useUnreadCount } from '../api/get-unread-count';
import { useRecentNotifications } from '../api/list-notifications';
import { useMarkAllNotificationsRead } from '../api/mark-all-read';
import { NotificationItem, useOpenNotification } from './NotificationItem';

export function NotificationBell() {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  const count = useUnreadCount();
  const recent = useRecentNotifications(open);
  const markAll = useMarkAllNotificationsRead();
  const openNotification = useOpenNotification(() => setOpen(false));
  const unread = count.data?.unread_count ?? 0;
  const narrow = useIsNarrow();

  const content = (
    <div className={narrow ? 'notification-panel' : 'notification-popover'} role="region" aria-label={t('notifications.recent')}>
      <Flex justify={narrow ? 'flex-end' : 'space-between'} align="center" gap={8} wrap className="notification-popover-head">
        {!narrow && <strong>{t('notifications.title')}</strong>}
        <Button size="small" type="link" onClick={() => markAll.mutate()} loading={markAll.isPending} disabled={unread === 0}>
          {t('notifications.markAll')}
        </Button>
      </Flex>
      {recent.isPending && <Skeleton active paragraph={{ rows: 3 }} />}
      {recent.isError && <ErrorAlert error={recent.error} />}
      {recent.data &&
        (recent.data.notifications.length === 0 ? (
          <Empty description={t('notifications.empty')} image={Empty.PRESENTED_IMAGE_SIMPLE} />
        ) : (
          <ul className="notification-list notification-popover-list">
            {recent.data.notifications.map((n) => (
              <li key={n.id}>
                <NotificationItem notification={n} onOpen={openNotification} />
              </li>
            ))}
          </ul>
        ))}
      <div className="notification-popover-foot">
        <Link to="/notifications" onClick={() => setOpen(false)}>
          {t('notifications.viewAll')}
        </Link>
      </div>
    </div>
  );

  const button = (
    <Button
      type="text"
      className="header-button notification-bell"
      aria-label={unread > 0 ? t('notifications.bellUnread', { count: unread }) : t('notifications.bell')}
      aria-expanded={open}
      aria-haspopup="dialog"
      onClick={narrow ? () => setOpen(true) : undefined}
      icon={
        <Badge count={unread} size="small" overflowCount={99} className="bell-badge">
          <BellOutlined aria-hidden className="bell-icon" />
        </Badge>
      }
    />
  );

  if (narrow) {
    return (
      <>
        {button}
        <Drawer open={open} onClose={() => setOpen(false)} placement="right" size="100%" title={t('notifications.title')} destroyOnHidden>
          {content}
        </Drawer>
      </>
    );
  }

  return (
    <Popover content={content} trigger="click" placement="bottomRight" open={open} onOpenChange={setOpen} arrow={false}>
      {button}
    </Popover>
  );
}
