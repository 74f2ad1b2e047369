// DELETE /api/v1/parking-operators/{id} (record_commitments) → 204.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api';

export function deleteParkingOperator(id: number) {
  return apiRequest(`/api/v1/parking-operators/${id}`, { method: 'DELETE' });
}

export function useDeleteParkingOperator() {
  const qc = useQueryClient();
  return useMutation({ mutationFn: deleteParkingOperator, onSuccess: () => qc.invalidateQueries({ queryKey: ['commitments'] }) });
}
