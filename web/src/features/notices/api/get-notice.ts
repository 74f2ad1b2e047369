// GET /api/v1/notices/{id} (view_notices) → {notice}: the student, the record, the guardians (their
// phones only to the student's school), what the school did, the measures it may record, the
// student's violations of the last months at any school.
import { useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { apiRequest } from '../../../lib/api';
import { noticeDetailSchema } from './model';

export function getNotice(id: number, signal?: AbortSignal) {
  return apiRequest(`/api/v1/notices/${id}`, { schema: z.object({ notice: noticeDetailSchema }), signal });
}

export function useNotice(id: number) {
  return useQuery({ queryKey: ['notices', 'one', id], queryFn: ({ signal }) => getNotice(id, signal) });
}

/** The parent letter (PDF), opened in a new tab. */
export const letterUrl = (id: number) => `/api/v1/notices/${id}/letter`;
