// POST /api/v1/students/import-preview {file_id, unit_id, school_year, encoding} (import_students)
// → the counts (inserted, updated) and the first rows as read. A file with bad rows answers 422
// with error.rows [{row, column (as written in the file), message}]; an unusable file answers 422
// on the field file_id (or 415) with the server's message. Nothing is written.
import { useMutation } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api';
import { importPreviewSchema, type ImportRequest } from './model';

export function previewStudentImport(body: ImportRequest) {
  return apiRequest('/api/v1/students/import-preview', { method: 'POST', body, schema: importPreviewSchema });
}

export function usePreviewStudentImport() {
  return useMutation({ mutationFn: previewStudentImport });
}
