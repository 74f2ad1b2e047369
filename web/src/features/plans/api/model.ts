// Plans, their tasks and the assignments of those tasks to units, as the API returns them
// (PlanResponse, PlanTask, TaskAssignment, ComplianceResponse in server/api/schemas.json).
import { z } from 'zod';

export const TASK_STATUSES = ['not_started', 'in_progress', 'done'] as const;
export type TaskStatus = (typeof TASK_STATUSES)[number];
/** Review state of a report; "" (nothing sent yet) is labelled as `none`. */
export const TASK_REVIEWS = ['', 'submitted', 'accepted', 'returned'] as const;
export type TaskReview = (typeof TASK_REVIEWS)[number];
export const RECURRENCES = ['once', 'yearly', 'semester', 'september'] as const;
export type Recurrence = (typeof RECURRENCES)[number];
export const TASK_ACTIONS = ['report', 'submit', 'review'] as const;

const status = z.enum(TASK_STATUSES);
const review = z.enum(TASK_REVIEWS);

export const evidenceSchema = z.object({
  indicators: z.array(z.string()).optional().transform((v) => v ?? []),
  narrative: z.boolean().optional().transform((v) => v ?? false),
  files: z.boolean().optional().transform((v) => v ?? false),
});
export type Evidence = z.infer<typeof evidenceSchema>;

export const planTaskSchema = z.object({
  id: z.number(),
  section_id: z.number().nullable(),
  ordinal: z.number(),
  content: z.string(),
  /** Unit type code of the responsible units; "" = exactly the unit `responsible_under`. */
  responsible_type: z.string(),
  responsible_under: z.number(),
  responsible_under_name: z.string(),
  lead: z.string(),
  cooperating: z.string(),
  joint: z.boolean(),
  recurrence: z.enum(RECURRENCES),
  due_date: z.string().nullable(),
  /** "MM-DD" of a yearly task. */
  due_md: z.string().nullable(),
  until_date: z.string().nullable(),
  evidence: evidenceSchema,
});
export type PlanTask = z.infer<typeof planTaskSchema>;

export const planSectionSchema = z.object({ id: z.number(), ordinal: z.number(), title: z.string() });
export type PlanSection = z.infer<typeof planSectionSchema>;

/** The plan's document: only the fields these screens use (the documents feature owns the rest). */
export const planDocumentSchema = z.object({
  id: z.number(),
  unit_id: z.number(),
  unit_name: z.string(),
  partner_unit_id: z.number().nullable(),
  partner_unit_name: z.string().nullable(),
  type_name: z.string(),
  status: z.string(),
  subject: z.string(),
  number_text: z.string().nullable(),
  issued_date: z.string().nullable(),
  illustrative: z.boolean(),
});
export type PlanDocument = z.infer<typeof planDocumentSchema>;

export const planSchema = z.object({
  document: planDocumentSchema,
  sections: z.array(planSectionSchema),
  tasks: z.array(planTaskSchema),
});
export type Plan = z.infer<typeof planSchema>;
export const planResponseSchema = z.object({ plan: planSchema });

export const assignmentSchema = z.object({
  id: z.number(),
  task_id: z.number(),
  document_id: z.number(),
  task_content: z.string(),
  unit_id: z.number(),
  unit_name: z.string(),
  period: z.string(),
  due_date: z.string(),
  status,
  status_name: z.string(),
  review,
  review_name: z.string(),
  overdue: z.boolean(),
  narrative: z.string(),
  figures: z.record(z.string(), z.number()),
  submitted_at: z.string().nullable(),
  submitted_by_name: z.string(),
  reviewed_at: z.string().nullable(),
  reviewed_by_name: z.string(),
  review_comment: z.string(),
  on_time: z.boolean(),
  /** What the caller may do now: the buttons follow this list. */
  actions: z.array(z.string()).optional().transform((v) => v ?? []),
  task: planTaskSchema.optional(),
  /** The value each required figure has in the product's own records (null: no records held). */
  computed: z.record(z.string(), z.number().nullable()).optional(),
});
export type Assignment = z.infer<typeof assignmentSchema>;
export const assignmentResponseSchema = z.object({ task: assignmentSchema });

export const complianceCellSchema = z.object({
  assignment_id: z.number(),
  unit_id: z.number(),
  task_id: z.number(),
  period: z.string(),
  due_date: z.string(),
  status,
  review,
  overdue: z.boolean(),
  on_time: z.boolean(),
});
export type ComplianceCell = z.infer<typeof complianceCellSchema>;

export const complianceSchema = z.object({
  tasks: z.array(z.object({ id: z.number(), ordinal: z.number(), content: z.string() })),
  units: z.array(z.object({ id: z.number(), name: z.string(), type: z.string() })),
  cells: z.array(complianceCellSchema),
  totals: z.object({ assigned: z.number(), done: z.number(), submitted: z.number(), accepted: z.number(), overdue: z.number() }),
});
export type Compliance = z.infer<typeof complianceSchema>;
