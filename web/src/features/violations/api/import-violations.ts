// POST /api/v1/violations/import {file_id, encoding?} (record_violations) → 201 {job_id, message}:
// the uploaded CSV/XLSX becomes the job violations_import (all or nothing; errors by row and
// column on the job page).
import { useMutation } from '@tanstack/react-query';
import { z } from 'zod';
import { apiRequest } from '../../../lib/api';
import { uploadFile } from '../../../lib/files/upload-file';

export const ENCODINGS = ['auto', 'utf-8', 'cp1258', 'tcvn3', 'vni'] as const;
export type ImportEncoding = (typeof ENCODINGS)[number];

export async function importViolations({ file, encoding }: { file: File; encoding: ImportEncoding }) {
  const up = await uploadFile(file);
  return apiRequest('/api/v1/violations/import', {
    method: 'POST',
    body: { file_id: up.file.id, encoding },
    schema: z.object({ job_id: z.number(), message: z.string() }),
  });
}

export function useImportViolations() {
  return useMutation({ mutationFn: importViolations });
}
