// DELETE /api/v1/calendar/holidays/{day} (admin, department) → 204.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api';

export function deleteHoliday(day: string) {
  return apiRequest(`/api/v1/calendar/holidays/${encodeURIComponent(day)}`, { method: 'DELETE' });
}

export function useDeleteHoliday() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deleteHoliday,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['calendar'] }),
  });
}
