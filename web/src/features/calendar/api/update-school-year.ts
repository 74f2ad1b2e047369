// PUT /api/v1/calendar/school-years/{code} (admin, department) → {school_year}. 422 error.fields
// name the wrong dates in Vietnamese (teaching_to before teaching_from, …).
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { apiRequest } from '../../../lib/api';
import { schoolYearSchema } from '../../../lib/school-years/list-school-years';

export const schoolYearInputSchema = z.object({
  teaching_from: z.string(),
  teaching_to: z.string(),
  semester2_from: z.string(),
  peak_from: z.string().optional(),
  peak_to: z.string().optional(),
  source: z.string().max(1000).nullable().optional(),
  note: z.string().max(2000).nullable().optional(),
});
export type SchoolYearInput = z.infer<typeof schoolYearInputSchema>;

export function updateSchoolYear({ code, input }: { code: string; input: SchoolYearInput }) {
  return apiRequest(`/api/v1/calendar/school-years/${encodeURIComponent(code)}`, {
    method: 'PUT',
    body: schoolYearInputSchema.parse(input),
    schema: z.object({ school_year: schoolYearSchema }),
  });
}

export function useUpdateSchoolYear() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateSchoolYear,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['calendar'] }),
  });
}
