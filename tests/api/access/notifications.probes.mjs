// Access probes: Notifications and templates.
// Each probe measures one operation over HTTP for a role and a kind of data (own, foreign,
// predecessor, participant) and answers 'allow' or 'deny'; runner.test.mjs compares the
// answers with matrix.csv.
import { assert, failedJobOf, ok, request, sessionFor, verdict } from './fixtures.mjs';

export default {
  listNotifications: async (role) => verdict(await request('GET', '/api/v1/notifications', { session: await sessionFor(role) })),
  countUnreadNotifications: async (role) => verdict(await request('GET', '/api/v1/notifications/unread-count', { session: await sessionFor(role) })),
  readNotification: async (role, kind) => {
    const s = await sessionFor(role);
    const admin = await sessionFor('admin');
    const job = await failedJobOf(admin);
    const list = await request('GET', '/api/v1/notifications', { session: admin });
    const n = list.json.notifications.find((x) => x.entity_id === String(job.id));
    assert.ok(n, 'no notification for the failed job');
    return verdict(await request('POST', `/api/v1/notifications/${n.id}/read`, { session: s }));
  },
  readAllNotifications: async (role) => verdict(await request('POST', '/api/v1/notifications/read-all', { session: await sessionFor(role) })),
  getNotificationPrefs: async (role) => verdict(await request('GET', '/api/v1/notification-prefs', { session: await sessionFor(role) })),
  setNotificationPrefs: async (role) => verdict(await request('PUT', '/api/v1/notification-prefs', { session: await sessionFor(role), body: { email_mode: 'immediate' } })),
  listNotificationTemplates: async (role) => verdict(await request('GET', '/api/v1/notification-templates', { session: await sessionFor(role) })),
  updateNotificationTemplate: async (role) => verdict(await request('PATCH', '/api/v1/notification-templates/job_done', { session: await sessionFor(role), body: { source: 'ATGT Học đường (mẫu ban đầu)' } })),
};
