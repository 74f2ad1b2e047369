// POST /api/v1/documents/{id}/remind → {message, reminded}: a reminder to every recipient that has not
// acknowledged yet.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { apiRequest } from '../../../lib/api';

const reminderResponseSchema = z.object({ message: z.string(), reminded: z.number() });

export function useRemindDocument() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: number) => apiRequest(`/api/v1/documents/${id}/remind`, { method: 'POST', schema: reminderResponseSchema }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['documents', 'deliveries'] }),
  });
}
