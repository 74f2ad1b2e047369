// GET /api/v1/notification-prefs → {email_mode: off|immediate|daily, email}: how notifications
// also reach the user by e-mail (email is null when the account has no address).
import { useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { apiRequest } from '../../../lib/api';

export const emailModeSchema = z.enum(['off', 'immediate', 'daily']);
export type EmailMode = z.infer<typeof emailModeSchema>;

export const notificationPrefsSchema = z.object({ email_mode: emailModeSchema, email: z.string().nullable() });
export type NotificationPrefs = z.infer<typeof notificationPrefsSchema>;

export const prefsQueryKey = ['notification-prefs'] as const;

export function getNotificationPrefs(signal?: AbortSignal) {
  return apiRequest('/api/v1/notification-prefs', { schema: notificationPrefsSchema, signal });
}

export function useNotificationPrefs() {
  return useQuery({ queryKey: prefsQueryKey, queryFn: ({ signal }) => getNotificationPrefs(signal) });
}
