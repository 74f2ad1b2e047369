// POST /api/v1/privacy/breaches (manage_breaches) → 201 {breach}: an incident, detected at an
// instant (YYYY-MM-DDTHH:MM Vietnam time); the 72-hour notification deadline runs from then.
import { z } from 'zod';
import { apiRequest } from '../../../lib/api';
import { breachSchema } from './list-breaches';

export interface BreachInput {
  detected_at: string;
  description: string;
  data_affected?: string;
  subjects_count?: number;
  measures?: string;
}

export function recordBreach(body: BreachInput) {
  return apiRequest('/api/v1/privacy/breaches', { method: 'POST', body, schema: z.object({ breach: breachSchema }) });
}
