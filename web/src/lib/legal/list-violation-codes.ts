// GET /api/v1/violation-codes?decree=&category=&vehicle_kind=&date=&q=&review= → {violation_codes}
// (everyone): the codes of the decrees, each with its citation, fines, dates in force, behaviour
// category and, when flagged, the note of what an administrator must check.
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { apiRequest } from '../api';

export const VEHICLE_KINDS = ['motorbike', 'ebike', 'bicycle', 'car', 'passenger', 'pedestrian', 'owner', 'school_transport'] as const;
export type VehicleKind = (typeof VEHICLE_KINDS)[number];

export const violationCodeSchema = z.object({
  id: z.number(),
  decree: z.string(),
  decree_number: z.string(),
  code: z.string(),
  citation: z.string(),
  article: z.number(),
  clause: z.string(),
  point: z.string(),
  vehicle_kind: z.enum(VEHICLE_KINDS),
  description: z.string(),
  fine_min: z.number().nullable(),
  fine_max: z.number().nullable(),
  licence_points: z.number().nullable(),
  additional_sanctions: z.string().nullable(),
  impoundable: z.boolean(),
  effective_from: z.string(),
  effective_to: z.string().nullable(),
  in_force: z.boolean(),
  category: z.string(),
  category_label: z.string(),
  source: z.string().nullable(),
  notes: z.string().nullable(),
  review_note: z.string().nullable(),
  updated_at: z.string().nullable(),
});
export type ViolationCode = z.infer<typeof violationCodeSchema>;

export interface CodeFilter {
  decree?: string;
  category?: string;
  vehicle_kind?: string;
  date?: string;
  q?: string;
  review?: boolean;
}

export function listViolationCodes(f: CodeFilter, signal?: AbortSignal) {
  return apiRequest('/api/v1/violation-codes', {
    query: {
      decree: f.decree || undefined,
      category: f.category || undefined,
      vehicle_kind: f.vehicle_kind || undefined,
      date: f.date || undefined,
      q: f.q?.trim() || undefined,
      review: f.review ? 1 : undefined,
    },
    schema: z.object({ violation_codes: z.array(violationCodeSchema) }),
    signal,
  });
}

export function useViolationCodes(f: CodeFilter) {
  return useQuery({ queryKey: ['legal', 'codes', f], queryFn: ({ signal }) => listViolationCodes(f, signal), placeholderData: keepPreviousData });
}
