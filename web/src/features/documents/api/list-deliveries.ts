// GET /api/v1/documents/{id}/deliveries → {deliveries, total, opened, acknowledged}: per recipient
// unit its incoming number, who opened and who acknowledged it, and when it was reminded.
import { useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { apiRequest } from '../../../lib/api';

const nullableString = z.string().nullish().transform((v) => v ?? null);

export const deliverySchema = z.object({
  unit_id: z.number(),
  unit_name: z.string(),
  incoming_number: z.number(),
  delivered_at: z.string(),
  opened_at: nullableString,
  opened_by_name: z.string(),
  acknowledged_at: nullableString,
  acknowledged_by_name: z.string(),
  reminded_at: nullableString,
});
export type Delivery = z.infer<typeof deliverySchema>;

const responseSchema = z.object({ deliveries: z.array(deliverySchema), total: z.number(), opened: z.number(), acknowledged: z.number() });

export function useDeliveries(id: number, enabled: boolean) {
  return useQuery({
    queryKey: ['documents', 'deliveries', id],
    queryFn: ({ signal }) => apiRequest(`/api/v1/documents/${id}/deliveries`, { schema: responseSchema, signal }),
    enabled,
  });
}
