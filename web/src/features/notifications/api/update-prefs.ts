// PUT /api/v1/notification-prefs {email_mode} → {email_mode, email}.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { apiRequest } from '../../../lib/api';
import { emailModeSchema, notificationPrefsSchema, prefsQueryKey } from './get-prefs';

export const updatePrefsInputSchema = z.object({ email_mode: emailModeSchema });
export type UpdatePrefsInput = z.infer<typeof updatePrefsInputSchema>;

export function updateNotificationPrefs(input: UpdatePrefsInput) {
  return apiRequest('/api/v1/notification-prefs', { method: 'PUT', body: updatePrefsInputSchema.parse(input), schema: notificationPrefsSchema });
}

export function useUpdateNotificationPrefs() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateNotificationPrefs,
    onSuccess: (data) => queryClient.setQueryData(prefsQueryKey, data),
  });
}
