// POST /api/v1/enrolments/import {csv, dry_run} (capability import_enrolments) →
// {dry_run, rows, units}. A bad file answers 422 with error.rows [{row, column, message}] and
// nothing is saved; a unit outside the user's scope is refused the same way.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { apiRequest } from '../../../lib/api';

export const importEnrolmentsInputSchema = z.object({ csv: z.string().min(1), dry_run: z.boolean() });
export type ImportEnrolmentsInput = z.infer<typeof importEnrolmentsInputSchema>;

export const importEnrolmentsResultSchema = z.object({ dry_run: z.boolean(), rows: z.number(), units: z.number() });
export type ImportEnrolmentsResult = z.infer<typeof importEnrolmentsResultSchema>;

export function importEnrolments(input: ImportEnrolmentsInput) {
  return apiRequest('/api/v1/enrolments/import', {
    method: 'POST',
    body: importEnrolmentsInputSchema.parse(input),
    schema: importEnrolmentsResultSchema,
  });
}

export function useImportEnrolments() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: importEnrolments,
    onSuccess: (r) => {
      if (!r.dry_run) void queryClient.invalidateQueries({ queryKey: ['enrolments'] });
    },
  });
}
