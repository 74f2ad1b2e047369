// GET /api/v1/notices?state= (view_notices) → {notices}: the violation notices of the schools in
// the user's scope, newest first (school-internal data; every notice shown is logged).
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { apiRequest } from '../../../lib/api';
import { noticeSchema } from './model';

export type NoticeFilter = 'open' | 'overdue' | 'closed' | 'disputed' | 'withdrawn' | '';

export function listNotices(state: NoticeFilter, signal?: AbortSignal) {
  return apiRequest('/api/v1/notices', {
    query: { state: state || undefined, limit: 500 },
    schema: z.object({ notices: z.array(noticeSchema) }),
    signal,
  });
}

export function useNotices(state: NoticeFilter) {
  return useQuery({ queryKey: ['notices', 'list', state], queryFn: ({ signal }) => listNotices(state, signal), placeholderData: keepPreviousData });
}
