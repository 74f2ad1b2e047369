// GET /api/v1/privacy/dpia (view_privacy_register) → {risks, reviews, purposes, can_edit,
// next_review_on, review_overdue}: the impact assessment dossier — the risks of each purpose with
// their likelihood, impact, measures and residual risk; the reviews of the dossier, newest first.
import { useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { apiRequest } from '../../../lib/api';

export const LEVELS = ['low', 'medium', 'high'] as const;
export type Level = (typeof LEVELS)[number];

export const riskSchema = z.object({
  id: z.number(),
  purpose_code: z.string(),
  purpose_name: z.string(),
  risk: z.string(),
  likelihood: z.enum(LEVELS),
  impact: z.enum(LEVELS),
  measures: z.string(),
  residual: z.enum(LEVELS),
  updated_at: z.string().nullable(),
  updated_by_name: z.string().nullable(),
});
export type Risk = z.infer<typeof riskSchema>;

export const reviewSchema = z.object({
  id: z.number(),
  reviewed_on: z.string(),
  conclusion: z.string(),
  next_review_on: z.string().nullable(),
  reviewed_by_name: z.string().nullable(),
  created_at: z.string().nullable(),
});
export type Review = z.infer<typeof reviewSchema>;

export const dpiaSchema = z.object({
  risks: z.array(riskSchema),
  reviews: z.array(reviewSchema),
  purposes: z.array(z.object({ code: z.string(), name: z.string() })),
  can_edit: z.boolean(),
  next_review_on: z.string().nullable(),
  review_overdue: z.boolean(),
});
export type Dpia = z.infer<typeof dpiaSchema>;

export function getDpia(signal?: AbortSignal) {
  return apiRequest('/api/v1/privacy/dpia', { schema: dpiaSchema, signal });
}

export function useDpia() {
  return useQuery({ queryKey: ['privacy-register', 'dpia'], queryFn: ({ signal }) => getDpia(signal) });
}
