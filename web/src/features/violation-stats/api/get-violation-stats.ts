// GET /api/v1/violation-stats?view=&by=&group=&from=&to= (view_violation_stats) → the table: rows
// (units), columns (behaviour, code, month or age band), counts — null where hidden (under 5 or
// derivable, outside a school) — and the share of notices handled on time (by school).
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { apiRequest } from '../../../lib/api';

export const VIEWS = ['school', 'place'] as const;
export const DIMENSIONS = ['behaviour', 'code', 'month', 'age_band'] as const;
export const GROUPS = ['unit', 'office'] as const;
export type StatsQuery = { view: (typeof VIEWS)[number]; by: (typeof DIMENSIONS)[number]; group: (typeof GROUPS)[number]; from: string; to: string };

const count = z.number().nullable();
export const statsSchema = z.object({
  view: z.enum(VIEWS),
  by: z.string(),
  group: z.string(),
  from: z.string(),
  to: z.string(),
  columns: z.array(z.object({ key: z.string(), label: z.string() })),
  rows: z.array(z.object({ unit: z.object({ id: z.number(), code: z.string(), name: z.string() }).nullable(), cells: z.array(count), total: count })),
  column_totals: z.array(count),
  total: count,
  suppressed: z.boolean(),
  hidden: z.number(),
  timeliness: z.object({ notices: count, closed: count, on_time: count, overdue: count, on_time_share: z.number().nullable() }).nullable(),
});
export type Stats = z.infer<typeof statsSchema>;

export function getViolationStats(q: StatsQuery, signal?: AbortSignal) {
  return apiRequest('/api/v1/violation-stats', { query: q, schema: statsSchema, signal });
}

export function useViolationStats(q: StatsQuery) {
  return useQuery({ queryKey: ['violation-stats', q], queryFn: ({ signal }) => getViolationStats(q, signal), placeholderData: keepPreviousData });
}
