// GET /api/v1/behaviour-categories → {behaviour_categories} (everyone): the categories of
// behaviour that span the decrees (no helmet, red light, ...), with the number of codes in each.
import { useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { apiRequest } from '../api';

export const behaviourCategorySchema = z.object({
  code: z.string(),
  label_vi: z.string(),
  label_en: z.string(),
  position: z.number(),
  codes: z.number(),
  updated_at: z.string().nullable(),
});
export type BehaviourCategory = z.infer<typeof behaviourCategorySchema>;

export function listBehaviourCategories(signal?: AbortSignal) {
  return apiRequest('/api/v1/behaviour-categories', { schema: z.object({ behaviour_categories: z.array(behaviourCategorySchema) }), signal });
}

export function useBehaviourCategories() {
  return useQuery({ queryKey: ['legal', 'categories'], queryFn: ({ signal }) => listBehaviourCategories(signal), staleTime: 60_000 });
}
