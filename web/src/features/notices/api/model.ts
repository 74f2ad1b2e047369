// Shapes shared by the review queue and notice operations (schemas.json: UnitBrief, RecordBrief,
// StudentBrief, MatchQueueItem, Notice, NoticeAction).
import { z } from 'zod';
import { fileSchema } from '../../../lib/files/model';

export const unitBriefSchema = z.object({ id: z.number(), code: z.string(), name: z.string() });

export const recordBriefSchema = z.object({
  id: z.number(),
  date: z.string(),
  role: z.string(),
  full_name: z.string(),
  birth_date: z.string().nullable(),
  birth_year: z.number().nullable(),
  sex: z.string().nullable(),
  school_stated: z.string().nullable(),
  vehicle_kind: z.string().nullable(),
  plate: z.string().nullable(),
  legal_code: z.string().nullable(),
  behaviour: z.string().nullable(),
  sanction: z.string(),
  fine_amount: z.number().nullable(),
  age_years: z.number().nullable(),
  status: z.string(),
  purged_at: z.string().nullable().optional(),
  owner_unit: unitBriefSchema.nullable(),
  place_unit: unitBriefSchema.nullable(),
});
export type RecordBrief = z.infer<typeof recordBriefSchema>;

export const studentBriefSchema = z.object({
  id: z.number(),
  full_name: z.string(),
  birth_date: z.string().nullable(),
  sex: z.string().nullable(),
  personal_id_masked: z.string().nullable(),
  class_name: z.string().optional(),
});

export const NOTICE_STATES = ['open', 'closed', 'disputed', 'withdrawn'] as const;
export const ACTION_KINDS = ['measure', 'parent_meeting', 'commitment', 'conduct_note', 'evidence', 'note'] as const;
export type ActionKind = (typeof ACTION_KINDS)[number];

export const noticeActionSchema = z.object({
  id: z.number(),
  kind: z.enum(ACTION_KINDS),
  kind_label: z.string(),
  measure_code: z.string().nullable(),
  measure_name: z.string(),
  action_date: z.string(),
  note: z.string(),
  file: fileSchema.nullable(),
  created_at: z.string().nullable(),
});

export const noticeSchema = z.object({
  id: z.number(),
  state: z.enum(NOTICE_STATES),
  school: unitBriefSchema.nullable(),
  school_code: z.string(),
  student: studentBriefSchema,
  record: recordBriefSchema,
  created_at: z.string().nullable(),
  deadline_date: z.string(),
  deadline_at: z.string().nullable(),
  overdue: z.boolean(),
  escalated_at: z.string().nullable(),
  closed_at: z.string().nullable(),
  on_time: z.boolean().nullable(),
  repeat_count: z.number(),
  summary: z.string().nullable(),
  dispute_reason: z.string().nullable(),
  // When the personal data was removed after the retention period (the student is a pseudonym).
  purged_at: z.string().nullable().optional(),
});
export type Notice = z.infer<typeof noticeSchema>;

export const noticeDetailSchema = noticeSchema.extend({
  address: z.string(),
  occurred_at: z.string().nullable(),
  officer_name: z.string(),
  offence: z.string().optional(),
  behaviour_label: z.string().optional(),
  guardians: z.array(z.object({ name: z.string(), relation: z.string(), phone: z.string().optional() })),
  actions: z.array(noticeActionSchema),
  measures: z.array(z.object({ code: z.string(), name: z.string(), applied_by: z.enum(['teacher', 'principal']), source: z.string() })),
  history: z.array(z.object({ notice_id: z.number(), date: z.string(), behaviour: z.string().nullable(), legal_code: z.string().nullable(), school: unitBriefSchema.nullable(), this: z.boolean() })),
  repeat_months: z.number(),
  can_act: z.boolean(),
});
export type NoticeDetail = z.infer<typeof noticeDetailSchema>;

export const queueItemSchema = z.object({
  violation_id: z.number(),
  state: z.string(),
  record: recordBriefSchema,
  address: z.string(),
  occurred_at: z.string().nullable(),
  review_unit: unitBriefSchema.nullable(),
  candidates: z.array(
    z.object({
      student: studentBriefSchema,
      school: unitBriefSchema.nullable(),
      class_name: z.string(),
      school_year: z.string(),
      probability: z.number(),
      reasons: z.array(z.string()),
    }),
  ),
  queued_at: z.string().nullable(),
});
export type QueueItem = z.infer<typeof queueItemSchema>;
