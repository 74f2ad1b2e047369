// GET /api/v1/violations?from=&to=&limit= → {violations} (police: the records of their unit's
// subtree, newest first). Every record returned is written to the server's view log.
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { apiRequest } from '../../../lib/api';

export const ROLES = ['rider', 'passenger', 'pedestrian', 'owner', 'involved'] as const;
export const SANCTIONS = ['none', 'warning', 'fine'] as const;
// Where the record stands in the violation loop (the police see the state only, never the school).
export const MATCH_STATES = ['auto', 'review', 'confirmed', 'rejected', 'unmatched', 'withdrawn'] as const;

export const violationSchema = z.object({
  id: z.number(),
  stop_id: z.number(),
  owner_unit_id: z.number(),
  role: z.enum(ROLES),
  full_name: z.string(),
  birth_date: z.string().nullable(),
  birth_year: z.number().nullable(),
  sex: z.string().nullable(),
  personal_id: z.string().nullable(),
  school_stated: z.string().nullable(),
  address: z.string().nullable(),
  vehicle_kind: z.string().nullable(),
  plate: z.string().nullable(),
  code_id: z.number().nullable(),
  legal_code: z.string().nullable(),
  behaviour: z.string().nullable(),
  sanction: z.enum(SANCTIONS),
  fine_amount: z.number().nullable(),
  impounded: z.boolean(),
  report_number: z.string().nullable(),
  decision_number: z.string().nullable(),
  status: z.enum(['active', 'withdrawn']),
  version: z.number(),
  date: z.string(),
  year_month: z.string(),
  age_years: z.number().nullable(),
  age_band: z.string(),
  place_unit_id: z.number().nullable(),
  source_system: z.string().nullable(),
  external_id: z.string().nullable(),
  created_at: z.string().nullable(),
  updated_at: z.string().nullable(),
  // When the personal fields were blanked after the retention period.
  purged_at: z.string().nullable().optional(),
  match_state: z.enum(MATCH_STATES).nullable().optional(),
});
export type Violation = z.infer<typeof violationSchema>;

export function listViolations(range: { from?: string; to?: string }, signal?: AbortSignal) {
  return apiRequest('/api/v1/violations', {
    query: { from: range.from || undefined, to: range.to || undefined, limit: 500 },
    schema: z.object({ violations: z.array(violationSchema) }),
    signal,
  });
}

export function useViolations(range: { from?: string; to?: string }) {
  return useQuery({ queryKey: ['violations', 'list', range], queryFn: ({ signal }) => listViolations(range, signal), placeholderData: keepPreviousData });
}
