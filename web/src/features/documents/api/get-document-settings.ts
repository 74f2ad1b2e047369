// GET /api/v1/units/{id}/document-settings → {settings}: the unit's document abbreviation, agency
// lines, place, sections and the officers who check, sign (with authority) or act as văn thư.
import { useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { apiRequest } from '../../../lib/api';

export const DUTIES = ['check', 'sign', 'clerk'] as const;
export type Duty = (typeof DUTIES)[number];
export const AUTHORITIES = ['', 'KT.', 'TL.', 'TM.', 'Q.', 'TUQ.'] as const;

export const documentSettingsSchema = z.object({
  unit_id: z.number(),
  abbrev: z.string(),
  agency_name: z.string(),
  parent_agency: z.string(),
  place: z.string(),
  configured: z.boolean(),
  sections: z.array(z.object({ id: z.number(), abbrev: z.string(), name: z.string() })),
  officers: z.array(
    z.object({
      user_id: z.number(),
      user_name: z.string(),
      duty: z.enum(DUTIES),
      section_id: z.number().nullable(),
      authority: z.string(),
      authority_title: z.string(),
      title: z.string(),
    }),
  ),
  registers: z.array(z.object({ type_code: z.string(), name: z.string() })),
  counters: z.array(z.object({ direction: z.enum(['out', 'in']), name: z.string(), next_number: z.number() })),
});
export type DocumentSettings = z.infer<typeof documentSettingsSchema>;
export const documentSettingsResponseSchema = z.object({ settings: documentSettingsSchema });

export const settingsKey = (unitId: number) => ['documents', 'settings', unitId] as const;

export function useDocumentSettings(unitId: number | null) {
  return useQuery({
    queryKey: settingsKey(unitId ?? 0),
    queryFn: ({ signal }) => apiRequest(`/api/v1/units/${unitId}/document-settings`, { schema: documentSettingsResponseSchema, signal }),
    enabled: unitId !== null,
  });
}
