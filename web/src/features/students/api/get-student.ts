// GET /api/v1/students/{id} (view_students) → {student}: the student with the school years and
// schools the caller may see, guardians (the phone only where the server allows it: phones_hidden)
// and registered vehicles.
import { useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { apiRequest } from '../../../lib/api';
import { studentDetailSchema } from './model';

export function getStudent(id: number, signal?: AbortSignal) {
  return apiRequest(`/api/v1/students/${id}`, { schema: z.object({ student: studentDetailSchema }), signal });
}

export function useStudent(id: number | null) {
  return useQuery({ queryKey: ['students', 'detail', id], queryFn: ({ signal }) => getStudent(id as number, signal), enabled: id !== null });
}
