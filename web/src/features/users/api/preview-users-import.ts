// POST /api/v1/users/import/preview {file_id} → {count, rows} (manage_users): checks an uploaded users CSV
// without creating anyone. A bad file answers 422 with error.rows [{row, column, message}].
import { useMutation } from '@tanstack/react-query';
import { z } from 'zod';
import { apiRequest } from '../../../lib/api';

export const previewUsersImportInputSchema = z.object({ file_id: z.number() });
export type PreviewUsersImportInput = z.infer<typeof previewUsersImportInputSchema>;

export const previewRowSchema = z.object({
  row: z.number(),
  login: z.string(),
  full_name: z.string(),
  email: z.string(),
  role: z.string(),
  unit_code: z.string(),
  unit_name: z.string(),
});
export type PreviewRow = z.infer<typeof previewRowSchema>;

export const previewUsersImportSchema = z.object({ count: z.number(), rows: z.array(previewRowSchema) });
export type UsersImportPreview = z.infer<typeof previewUsersImportSchema>;

export function previewUsersImport(input: PreviewUsersImportInput) {
  return apiRequest('/api/v1/users/import/preview', { method: 'POST', body: input, schema: previewUsersImportSchema });
}

export function usePreviewUsersImport() {
  return useMutation({ mutationFn: previewUsersImport });
}
