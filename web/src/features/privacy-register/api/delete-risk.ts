// DELETE /api/v1/privacy/dpia/risks/{id} (manage_privacy_register) → 204: a risk taken out of the
// impact assessment.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api';

export function deleteRisk(id: number) {
  return apiRequest(`/api/v1/privacy/dpia/risks/${id}`, { method: 'DELETE' });
}

export function useDeleteRisk() {
  const qc = useQueryClient();
  return useMutation({ mutationFn: deleteRisk, onSuccess: () => void qc.invalidateQueries({ queryKey: ['privacy-register', 'dpia'] }) });
}
