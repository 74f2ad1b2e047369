// POST /api/v1/documents/recipients-preview {recipients, date?} → {resolution}: the units the rules
// reach on the registry as of the date (today by default): each group with its units, the units
// named one by one, the distinct total.
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { apiRequest } from '../../../lib/api';
import type { RecipientRules } from './model';

const unitRef = z.object({ id: z.number(), name: z.string() });

export const resolutionSchema = z.object({
  date: z.string(),
  groups: z.array(z.object({ type: z.string(), under: z.number(), under_name: z.string(), units: z.array(unitRef) })),
  named: z.array(unitRef),
  units: z.array(unitRef),
  total: z.number(),
});
export type Resolution = z.infer<typeof resolutionSchema>;

export function previewRecipients(recipients: RecipientRules, signal?: AbortSignal) {
  return apiRequest('/api/v1/documents/recipients-preview', {
    method: 'POST',
    body: { recipients },
    schema: z.object({ resolution: resolutionSchema }),
    signal,
  });
}

/** The resolution of `recipients`; off while `enabled` is false (e.g. no rule yet). */
export function useRecipientsPreview(recipients: RecipientRules, enabled = true) {
  return useQuery({
    queryKey: ['documents', 'recipients-preview', JSON.stringify(recipients)],
    queryFn: ({ signal }) => previewRecipients(recipients, signal),
    enabled,
    placeholderData: keepPreviousData,
    retry: false,
  });
}
