// POST /api/v1/violations (police) → 201 {stop, violations}: the persons of one stop, in one
// transaction. 422 error.fields name the wrong person's field as persons[i].field, with the
// rule in Vietnamese (a sanction the age does not allow, a code not in force on the date, ...).
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { apiRequest } from '../../../lib/api';
import { violationSchema } from './list-violations';

export interface PersonInput {
  role: string;
  full_name: string;
  birth_date?: string;
  birth_year?: number;
  sex?: string;
  personal_id?: string;
  school_stated?: string;
  address?: string;
  vehicle_kind?: string;
  plate?: string;
  decree?: string;
  code?: string;
  sanction: string;
  fine_amount?: number;
  impounded?: boolean;
  report_number?: string;
  decision_number?: string;
}

export interface StopInput {
  occurred_at: string;
  place_unit_id?: number;
  address?: string;
  officer_name?: string;
  persons: PersonInput[];
}

export function recordViolations(input: StopInput) {
  return apiRequest('/api/v1/violations', {
    method: 'POST',
    body: input,
    schema: z.object({ stop: z.object({ id: z.number(), date: z.string() }).passthrough(), violations: z.array(violationSchema) }),
  });
}

export function useRecordViolations() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: recordViolations, onSuccess: () => queryClient.invalidateQueries({ queryKey: ['violations'] }) });
}
