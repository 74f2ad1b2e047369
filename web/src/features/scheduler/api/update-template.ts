// PATCH /api/v1/notification-templates/{code} {title?, body?, email_subject?, email_body?, source?}
// → {template} (admin). 422 fields name what is wrong (e.g. an unknown placeholder).
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { apiRequest } from '../../../lib/api';
import { templateSchema, templatesQueryKey } from './list-templates';

export const templatePatchSchema = z
  .object({
    title: z.string().min(1),
    body: z.string(),
    email_subject: z.string().min(1),
    email_body: z.string().min(1),
    source: z.string(),
  })
  .partial();
export type TemplatePatch = z.infer<typeof templatePatchSchema>;

export function updateTemplate({ code, patch }: { code: string; patch: TemplatePatch }) {
  return apiRequest(`/api/v1/notification-templates/${encodeURIComponent(code)}`, {
    method: 'PATCH',
    body: templatePatchSchema.parse(patch),
    schema: z.object({ template: templateSchema }),
  });
}

export function useUpdateTemplate() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateTemplate,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: templatesQueryKey }),
  });
}
