// GET /api/v1/home → {items}: what the current user's role must act on, with counts and links.
import { useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { apiRequest } from '../../../lib/api';

export const homeItemSchema = z.object({
  kind: z.string(),
  title: z.string(),
  count: z.number(),
  link: z.string(),
});
export type HomeItem = z.infer<typeof homeItemSchema>;

export const homeResponseSchema = z.object({ items: z.array(homeItemSchema) });

export function getHome(signal?: AbortSignal) {
  return apiRequest('/api/v1/home', { schema: homeResponseSchema, signal });
}

export function useHome() {
  return useQuery({ queryKey: ['home'], queryFn: ({ signal }) => getHome(signal) });
}
