// PUT /api/v1/units/{id}/document-settings {DocumentSettingsRequest} → {settings} (manage_document_settings).
// The whole set is replaced; officers name their section by its abbreviation.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api';
import { documentSettingsResponseSchema, settingsKey, type Duty } from './get-document-settings';

export interface DocumentSettingsInput {
  abbrev: string;
  agency_name: string;
  parent_agency: string;
  place: string;
  sections: { abbrev: string; name: string }[];
  officers: { user_id: number; duty: Duty; section_abbrev?: string; authority?: string; authority_title?: string; title?: string }[];
  registers?: { type_code: string; name: string }[];
}

export function usePutDocumentSettings(unitId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: DocumentSettingsInput) =>
      apiRequest(`/api/v1/units/${unitId}/document-settings`, { method: 'PUT', body: input, schema: documentSettingsResponseSchema }),
    onSuccess: (data) => queryClient.setQueryData(settingsKey(unitId), data),
  });
}
