// PATCH /api/v1/parking-operators/{id} {name?, address?, signed_date? (null: not signed)}
// (record_commitments) → {parking_operator}.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { apiRequest } from '../../../lib/api';
import { parkingOperatorSchema, type ParkingOperatorInput } from './model';

export function updateParkingOperator(id: number, body: ParkingOperatorInput) {
  return apiRequest(`/api/v1/parking-operators/${id}`, { method: 'PATCH', body, schema: z.object({ parking_operator: parkingOperatorSchema }) });
}

export function useUpdateParkingOperator() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: number; body: ParkingOperatorInput }) => updateParkingOperator(id, body),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['commitments'] }),
  });
}
