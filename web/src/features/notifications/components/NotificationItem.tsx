// One notification as a button: unread ones are marked with a dot and bold title; a click marks
// it read and opens its link inside the app.
import { Badge } from 'antd';
import { useNavigate } from 'react-router';
import { formatDateTime } from '../../../lib/dates';
import { useI18n } from '../../../lib/i18n';
import { useMarkNotificationRead } from '../api/mark-read';
import { appLink, type Notification } from '../model';

/** Marks `n` read (when unread), then follows its link; `onOpened` runs first (e.g. closes a popup). */
export function useOpenNotification(onOpened?: () => void) {
  const navigate = useNavigate();
  const markRead = useMarkNotificationRead();
  return async (n: Notification) => {
    onOpened?.();
    if (!n.read_at) {
      try {
        await markRead.mutateAsync(n.id);
      } catch {
        /* the link still opens; the count refreshes on the next poll */
      }
    }
    const link = appLink(n.link);
    if (link) navigate(link);
  };
}

export function NotificationItem({ notification: n, onOpen }: { notification: Notification; onOpen: (n: Notification) => void }) {
  const { t } = useI18n();
  const unread = !n.read_at;
  return (
    <button type="button" className={`notification-item${unread ? ' notification-unread' : ''}`} onClick={() => onOpen(n)}>
      <span className="notification-dot" aria-hidden>
        {unread ? <Badge status="processing" /> : null}
      </span>
      <span className="notification-text">
        <span className="notification-title">
          {unread && <span className="sr-only">{t('notifications.unreadMark')} </span>}
          {n.title}
        </span>
        {n.body && <span className="notification-body">{n.body}</span>}
        <span className="notification-time">{formatDateTime(n.created_at)}</span>
      </span>
    </button>
  );
}
