// The official document (văn bản) as GET /api/v1/documents and GET /api/v1/documents/{id} return it,
// with the shapes the other document operations share (server/api/schemas.json: Document*,
// Recipient*, Register*, Delivery*).
import { z } from 'zod';

export const DOCUMENT_STATUSES = ['draft', 'checked', 'signed', 'issued', 'registered'] as const;
export type DocumentStatus = (typeof DOCUMENT_STATUSES)[number];
export const URGENCIES = ['', 'khan', 'thuong_khan', 'hoa_toc'] as const;
export type Urgency = (typeof URGENCIES)[number];
export const LINK_RELATIONS = ['implements', 'cites', 'amends', 'replaces'] as const;
export type LinkRelation = (typeof LINK_RELATIONS)[number];
export const ALL_RELATIONS = [...LINK_RELATIONS, 'by_implements', 'by_cites', 'by_amends', 'by_replaces'] as const;
export const DOCUMENT_ACTIONS = ['edit', 'check', 'return', 'sign', 'issue', 'acknowledge', 'remind', 'attach', 'register_eoffice'] as const;
export type DocumentAction = (typeof DOCUMENT_ACTIONS)[number];
export const BLOCK_KINDS = ['paragraph', 'item', 'heading'] as const;
export type BlockKind = (typeof BLOCK_KINDS)[number];

const nullableString = z.string().nullish().transform((v) => v ?? null);

export const blockSchema = z.object({
  kind: z.enum(BLOCK_KINDS),
  label: z.string().optional(),
  text: z.string(),
});
export type DocumentBlock = z.infer<typeof blockSchema>;

export const recipientGroupSchema = z.object({
  type: z.string(),
  under: z.number(),
  include_root: z.boolean().optional(),
});
export type RecipientGroup = z.infer<typeof recipientGroupSchema>;

export const recipientRulesSchema = z.object({
  units: z.array(z.number()).optional(),
  groups: z.array(recipientGroupSchema).optional(),
});
export type RecipientRules = z.infer<typeof recipientRulesSchema>;

export const documentLinkSchema = z.object({
  relation: z.enum(ALL_RELATIONS),
  target_id: z.number().nullable(),
  target_text: z.string(),
  number_text: z.string(),
  subject: z.string(),
});
export type DocumentLink = z.infer<typeof documentLinkSchema>;

const partnerSignerSchema = z.object({
  authority: z.string().optional(),
  authority_title: z.string().optional(),
  title: z.string().optional(),
  name: z.string().optional(),
});

export const documentSchema = z.object({
  id: z.number(),
  direction: z.enum(['out', 'in']),
  unit_id: z.number(),
  unit_name: z.string(),
  partner_unit_id: z.number().nullable(),
  partner_unit_name: nullableString,
  type_code: z.string(),
  type_name: z.string(),
  is_plan: z.boolean(),
  status: z.enum(DOCUMENT_STATUSES),
  subject: z.string(),
  urgency: z.enum(URGENCIES),
  number: z.number().nullable(),
  number_text: nullableString,
  issued_date: nullableString,
  sender_name: nullableString,
  received_date: nullableString,
  eoffice_ref: nullableString,
  signer_name: z.string(),
  illustrative: z.boolean(),
  created_at: z.string(),
  updated_at: z.string(),
  incoming: z
    .object({
      incoming_number: z.number(),
      delivered_at: z.string(),
      opened_at: nullableString,
      acknowledged_at: nullableString,
      acknowledged_by_name: z.string(),
    })
    .optional(),
  // Only in the answer about one document:
  body: z.array(blockSchema).optional(),
  place: z.string().optional(),
  section_id: z.number().nullish(),
  addressees: z.array(z.string()).optional(),
  distribution: z.array(z.string()).optional(),
  recipients: recipientRulesSchema.optional(),
  signer_id: z.number().nullish(),
  signer_authority: z.string().optional(),
  signer_title: z.string().optional(),
  partner_signer: partnerSignerSchema.optional(),
  signed_file_id: z.number().nullish(),
  signatures: z
    .array(
      z.object({
        signer: z.string().optional(),
        agency: z.string().optional(),
        time: z.string().optional(),
        valid: z.boolean().optional(),
        summary: z.string().optional(),
      }),
    )
    .optional(),
  links: z.array(documentLinkSchema).optional(),
  actions: z.array(z.enum(DOCUMENT_ACTIONS)).optional(),
  checked_at: nullableString,
  signed_at: nullableString,
  issued_at: nullableString,
});
export type OfficialDocument = z.infer<typeof documentSchema>;

export const documentResponseSchema = z.object({ document: documentSchema });
export const documentListResponseSchema = z.object({ documents: z.array(documentSchema) });

/** The fields of a draft the editor sends (POST /documents, PATCH /documents/{id}). */
export interface DraftInput {
  type_code: string;
  subject: string;
  urgency?: Urgency;
  place?: string;
  section_id?: number | null;
  partner_unit_id?: number | null;
  body?: DocumentBlock[];
  addressees?: string[];
  distribution?: string[];
  recipients?: RecipientRules;
  signer_id?: number | null;
  links?: { relation: LinkRelation; target_id?: number | null; target_text?: string }[];
}

/** Query keys: every document query starts with ['documents'], so a write refreshes them all. */
export const documentKeys = {
  all: ['documents'] as const,
  one: (id: number) => ['documents', 'one', id] as const,
};
