// POST /api/v1/privacy/requests (privacy_requests) → 201 {request}: the school records a parent's
// request received on a day; the deadline follows its kind. 422 names the field.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { apiRequest } from '../../../lib/api';
import { requestSchema } from './list-requests';

export interface RequestInput {
  requester_name: string;
  relation?: string;
  kind: string;
  details?: string;
  received_date: string;
}

export function recordRequest(body: RequestInput) {
  return apiRequest('/api/v1/privacy/requests', { method: 'POST', body, schema: z.object({ request: requestSchema }) });
}

export function useRecordRequest() {
  const qc = useQueryClient();
  return useMutation({ mutationFn: recordRequest, onSuccess: () => void qc.invalidateQueries({ queryKey: ['privacy', 'requests'] }) });
}
