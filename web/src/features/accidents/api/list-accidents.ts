// GET /api/v1/accidents?from=&to=&limit= (view_accidents) → {accidents}: the accidents the user's
// unit recorded, that happened in its area or involve students of its schools, newest first.
// A person's name is null unless the user's unit recorded it or is the student's school.
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { apiRequest } from '../../../lib/api';

export const OUTCOMES = ['death', 'injury', 'unhurt'] as const;
const unit = z.object({ id: z.number(), code: z.string(), name: z.string() });

export const accidentSchema = z.object({
  id: z.number(),
  date: z.string(),
  occurred_at: z.string().nullable(),
  owner_unit: unit.nullable(),
  place_unit: unit.nullable(),
  address: z.string(),
  latitude: z.number().nullable(),
  longitude: z.number().nullable(),
  vehicles: z.string(),
  cause: z.string(),
  description: z.string(),
  deaths: z.number(),
  injuries: z.number(),
  persons: z.array(z.object({ full_name: z.string().nullable(), birth_year: z.number().nullable(), student_id: z.number().nullable(), school: unit.nullable(), outcome: z.enum(OUTCOMES) })),
  can_withdraw: z.boolean(),
});
export type Accident = z.infer<typeof accidentSchema>;

export function listAccidents(range: { from?: string; to?: string }, signal?: AbortSignal) {
  return apiRequest('/api/v1/accidents', { query: { from: range.from || undefined, to: range.to || undefined, limit: 500 }, schema: z.object({ accidents: z.array(accidentSchema) }), signal });
}

export function useAccidents(range: { from?: string; to?: string }) {
  return useQuery({ queryKey: ['accidents', 'list', range], queryFn: ({ signal }) => listAccidents(range, signal), placeholderData: keepPreviousData });
}
