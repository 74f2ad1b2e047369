// POST /api/v1/units/{id}/parking-operators {name, address, signed_date?} (record_commitments) →
// 201 {parking_operator}. 422 with field errors (name, signed_date).
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { apiRequest } from '../../../lib/api';
import { parkingOperatorSchema, type ParkingOperatorInput } from './model';

export function createParkingOperator(unitId: number, body: ParkingOperatorInput) {
  return apiRequest(`/api/v1/units/${unitId}/parking-operators`, { method: 'POST', body, schema: z.object({ parking_operator: parkingOperatorSchema }) });
}

export function useCreateParkingOperator(unitId: number) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: ParkingOperatorInput) => createParkingOperator(unitId, body),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['commitments'] }),
  });
}
