// POST /api/v1/privacy/dpia/reviews (manage_privacy_register) → 201 {review}: a review of the whole
// impact assessment dossier (the day, the conclusion, the next review). 422 names the field.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { apiRequest } from '../../../lib/api';
import { reviewSchema } from './get-dpia';

export interface ReviewInput {
  reviewed_on: string;
  conclusion: string;
  next_review_on: string | null;
}

export function recordReview(body: ReviewInput) {
  return apiRequest('/api/v1/privacy/dpia/reviews', { method: 'POST', body, schema: z.object({ review: reviewSchema }) });
}

export function useRecordReview() {
  const qc = useQueryClient();
  return useMutation({ mutationFn: recordReview, onSuccess: () => void qc.invalidateQueries({ queryKey: ['privacy-register', 'dpia'] }) });
}
