// POST /api/v1/accidents (record_accidents) → 201 {accident}. 422 names the field, a person's as
// persons[i].field (an outcome, a date, a roster student outside the user's scope).
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { apiRequest } from '../../../lib/api';
import { accidentSchema } from './list-accidents';

export interface AccidentInput {
  occurred_at: string;
  place_unit_id?: number;
  address?: string;
  vehicles?: string;
  cause?: string;
  description?: string;
  persons: { full_name: string; birth_date?: string; birth_year?: number; outcome: string }[];
}

export function recordAccident(body: AccidentInput) {
  return apiRequest('/api/v1/accidents', { method: 'POST', body, schema: z.object({ accident: accidentSchema }) });
}

export function useRecordAccident() {
  const qc = useQueryClient();
  return useMutation({ mutationFn: recordAccident, onSuccess: () => void qc.invalidateQueries({ queryKey: ['accidents'] }) });
}
