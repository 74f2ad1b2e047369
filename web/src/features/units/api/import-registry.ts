// POST /api/v1/registry/import {kind, csv, dry_run} → {dry_run, units, versions, events}: imports
// units (with their versions) or events from a CSV text. A dry run checks everything and saves
// nothing; a bad file is refused whole with 422 and `rows` [{row, column, message}].
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { apiRequest } from '../../../lib/api';

export const importKindSchema = z.enum(['units', 'events']);
export type ImportKind = z.infer<typeof importKindSchema>;

export interface RegistryImportInput {
  kind: ImportKind;
  csv: string;
  dry_run: boolean;
}

export const registryImportResultSchema = z.object({
  dry_run: z.boolean(),
  units: z.number(),
  versions: z.number(),
  events: z.number(),
});
export type RegistryImportResult = z.infer<typeof registryImportResultSchema>;

export function importRegistry(input: RegistryImportInput) {
  return apiRequest('/api/v1/registry/import', { method: 'POST', body: input, schema: registryImportResultSchema });
}

/** A real import (not a dry run) changes the registry: every unit query is refetched. */
export function useImportRegistry() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: importRegistry,
    onSuccess: (result) => {
      if (!result.dry_run) return queryClient.invalidateQueries({ queryKey: ['units'] });
    },
  });
}
