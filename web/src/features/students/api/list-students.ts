// GET /api/v1/students?school_year&unit_id&class_name&q&after&limit (view_students) →
// {school_year, students, next_after}: a school's (or a subtree's) roster of a school year, in
// pages of `limit` (next_after = the `after` of the next page, null on the last one). `q` matches
// the name without accents.
import { keepPreviousData, useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api';
import { studentListSchema } from './model';

export interface StudentFilter {
  school_year: string;
  unit_id?: number | null;
  class_name?: string | null;
  q?: string | null;
}

export const PAGE_SIZE = 200;

export function listStudents(filter: StudentFilter & { after?: number | null; limit?: number }, signal?: AbortSignal) {
  return apiRequest('/api/v1/students', { query: { ...filter }, schema: studentListSchema, signal });
}

/** The roster page by page ("Xem thêm" loads the next). */
export function useStudentPages(filter: StudentFilter, enabled = true) {
  return useInfiniteQuery({
    queryKey: ['students', 'list', filter],
    queryFn: ({ signal, pageParam }) => listStudents({ ...filter, after: pageParam, limit: PAGE_SIZE }, signal),
    initialPageParam: null as number | null,
    getNextPageParam: (last) => last.next_after,
    enabled: enabled && filter.school_year !== '',
    placeholderData: keepPreviousData,
  });
}

/** One class at once (a class holds far fewer than 1000 students). */
export function useClassRoster(filter: StudentFilter | null) {
  return useQuery({
    queryKey: ['students', 'class', filter],
    queryFn: ({ signal }) => listStudents({ ...(filter as StudentFilter), limit: 1000 }, signal),
    enabled: !!filter && !!filter.class_name && filter.school_year !== '',
  });
}
