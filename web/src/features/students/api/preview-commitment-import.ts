// POST /api/v1/commitments/import-preview {file_id, unit_id, school_year, encoding}
// (record_commitments, one's own school) → per campaign in the file (student, parent: null when
// the file has no such column) how many rows say signed / not signed and how many recorded
// signatures would change, and the first rows with the roster's name and class of each student.
// A file with bad rows (unknown values, students not on the roster...) answers 422 with
// error.rows [{row, column (as written in the file), message}]; an unusable file answers 422 on
// the field file_id (or 415). Nothing is written.
import { useMutation } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api';
import { commitmentImportPreviewSchema, type ImportRequest } from './model';

export function previewCommitmentImport(body: ImportRequest) {
  return apiRequest('/api/v1/commitments/import-preview', { method: 'POST', body, schema: commitmentImportPreviewSchema });
}

export function usePreviewCommitmentImport() {
  return useMutation({ mutationFn: previewCommitmentImport });
}
