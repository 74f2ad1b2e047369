// Organisation registry entities as the API returns them: unit types, units as of a date, unit
// details with their versions, and succession events.
import { z } from 'zod';

const nullableString = z.string().nullish().transform((v) => v ?? null);
const nullableNumber = z.number().nullish().transform((v) => v ?? null);

export const unitSides = ['education', 'police', 'other'] as const;
export type UnitSide = (typeof unitSides)[number];

export const unitTypeSchema = z.object({
  code: z.string(),
  name: z.string(),
  side: z.enum(unitSides).catch('other'),
  level: z.string(),
  sort_order: z.number(),
});
export type UnitType = z.infer<typeof unitTypeSchema>;

export const unitNodeSchema = z.object({
  id: z.number(),
  code: z.string(),
  name: z.string(),
  short_name: nullableString,
  type: z.string(),
  parent_id: nullableNumber,
  valid_from: nullableString,
  valid_to: nullableString,
  flags: z.array(z.string()).nullish().transform((v) => v ?? []),
});
export type UnitNode = z.infer<typeof unitNodeSchema>;

export const unitVersionSchema = z.object({
  valid_from: nullableString,
  valid_to: nullableString,
  name: z.string(),
  short_name: nullableString,
  type: z.string(),
  parent_id: nullableNumber,
  parent_name: nullableString,
});
export type UnitVersion = z.infer<typeof unitVersionSchema>;

export const unitDetailSchema = unitNodeSchema.extend({
  address: nullableString,
  latitude: nullableNumber,
  longitude: nullableNumber,
  phone: nullableString,
  email: nullableString,
  source: nullableString,
  note: nullableString,
  /** Where the data came from (file, field, inference): sent only to holders of edit_registry. */
  provenance: z.string().nullish(),
  versions: z.array(unitVersionSchema).nullish().transform((v) => v ?? []),
});
export type UnitDetail = z.infer<typeof unitDetailSchema>;

export const eventKinds = ['create', 'rename', 'move', 'merge', 'split', 'dissolve'] as const;

export const unitRefSchema = z.object({
  id: z.number(),
  code: z.string(),
  name: z.string(),
  partial: z.boolean().nullish().transform((v) => v ?? false),
});
export type UnitRef = z.infer<typeof unitRefSchema>;

export const unitEventSchema = z.object({
  id: z.number(),
  date: z.string(),
  kind: z.string(),
  note: nullableString,
  source: nullableString,
  flags: z.array(z.string()).nullish().transform((v) => v ?? []),
  /** Where the event came from: sent only to holders of edit_registry. */
  provenance: z.string().nullish(),
  /** The units a rename, move or creation is about. */
  subjects: z.array(unitRefSchema).nullish().transform((v) => v ?? []),
  predecessors: z.array(unitRefSchema).nullish().transform((v) => v ?? []),
  successors: z.array(unitRefSchema).nullish().transform((v) => v ?? []),
});
export type UnitEvent = z.infer<typeof unitEventSchema>;

/** Body of POST /api/v1/unit-events and /api/v1/unit-events/preview. */
export const unitEventKinds = ['merge', 'split', 'dissolve', 'rename', 'move'] as const;
export type UnitEventKind = (typeof unitEventKinds)[number];

export const newUnitSchema = z.object({
  code: z.string().trim().min(1),
  name: z.string().trim().min(1),
  short_name: z.string().trim().nullable(),
  type: z.string().min(1),
  parent_id: z.number().nullable(),
});
export type NewUnit = z.infer<typeof newUnitSchema>;

export const unitEventInputSchema = z.object({
  kind: z.enum(unitEventKinds),
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  unit_ids: z.array(z.number()).min(1),
  successor_ids: z.array(z.number()),
  new_unit: newUnitSchema.nullable(),
  name: z.string().trim().min(1).nullable(),
  parent_id: z.number().nullable(),
  note: z.string().nullable(),
});
export type UnitEventInput = z.infer<typeof unitEventInputSchema>;
