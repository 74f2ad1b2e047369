// POST /api/v1/commitments/import {file_id, unit_id, school_year, encoding} (record_commitments) →
// 201 {job_id, message}: the commit runs as a job (all rows or none); its progress is read with
// GET /api/v1/jobs/{id} (./get-import-job.ts).
import { useMutation } from '@tanstack/react-query';
import { z } from 'zod';
import { apiRequest } from '../../../lib/api';
import type { ImportRequest } from './model';

export function importCommitments(body: ImportRequest) {
  return apiRequest('/api/v1/commitments/import', { method: 'POST', body, schema: z.object({ job_id: z.number(), message: z.string() }) });
}

export function useImportCommitments() {
  return useMutation({ mutationFn: importCommitments });
}
