// POST /api/v1/privacy/breaches/{id} (manage_breaches) → {breach}: the authority notified (when,
// reference), the people told, the measures; close (only once the authority was notified).
import { z } from 'zod';
import { apiRequest } from '../../../lib/api';
import { breachSchema } from './list-breaches';

export interface BreachUpdate {
  authority_notified_at?: string;
  authority_reference?: string;
  subjects_notified_at?: string;
  measures?: string;
  close?: boolean;
}

export function updateBreach({ id, ...body }: BreachUpdate & { id: number }) {
  return apiRequest(`/api/v1/privacy/breaches/${id}`, { method: 'POST', body, schema: z.object({ breach: breachSchema }) });
}
