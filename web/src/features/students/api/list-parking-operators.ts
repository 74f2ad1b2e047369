// GET /api/v1/units/{id}/parking-operators (view_students) → the parking operators listed near a
// school, with the date they signed the commitment (null: not yet).
import { useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { apiRequest } from '../../../lib/api';
import { parkingOperatorSchema } from './model';

export function listParkingOperators(unitId: number, signal?: AbortSignal) {
  return apiRequest(`/api/v1/units/${unitId}/parking-operators`, { schema: z.object({ parking_operators: z.array(parkingOperatorSchema) }), signal });
}

export function useParkingOperators(unitId: number | null) {
  return useQuery({
    queryKey: ['commitments', 'parking', unitId],
    queryFn: ({ signal }) => listParkingOperators(unitId as number, signal),
    enabled: unitId !== null,
  });
}
