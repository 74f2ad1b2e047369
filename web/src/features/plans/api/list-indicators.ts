// GET /api/v1/indicators → {indicators}: the catalogue, read here only for the Vietnamese name and
// unit of the figures a task asks for (by indicator code).
import { useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { apiRequest } from '../../../lib/api';

const catalogueSchema = z.object({
  indicators: z.array(z.object({ code: z.string(), name: z.string(), unit: z.string(), sort_order: z.number() })),
});
export type CatalogueIndicator = z.infer<typeof catalogueSchema>['indicators'][number];

export function listIndicators(signal?: AbortSignal) {
  return apiRequest('/api/v1/indicators', { schema: catalogueSchema, signal });
}

export function useIndicatorCatalogue() {
  return useQuery({ queryKey: ['plans', 'indicators'], queryFn: ({ signal }) => listIndicators(signal), staleTime: 10 * 60_000 });
}
