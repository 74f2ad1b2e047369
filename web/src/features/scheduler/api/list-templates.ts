// GET /api/v1/notification-templates → {templates} (admin, department): the texts of notifications
// and their e-mails, with {{placeholders}}.
import { useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { apiRequest } from '../../../lib/api';

export const templateSchema = z.object({
  code: z.string(),
  title: z.string(),
  body: z.string(),
  email_subject: z.string(),
  email_body: z.string(),
  source: z.string().nullable(),
  updated_at: z.string().nullable(),
});
export type Template = z.infer<typeof templateSchema>;

export const templateListSchema = z.object({ templates: z.array(templateSchema) });
export const templatesQueryKey = ['notification-templates'] as const;

export function listTemplates(signal?: AbortSignal) {
  return apiRequest('/api/v1/notification-templates', { schema: templateListSchema, signal });
}

export function useTemplates() {
  return useQuery({ queryKey: templatesQueryKey, queryFn: ({ signal }) => listTemplates(signal) });
}
