// The shared shape of the steps on one document (check, return, sign, issue, acknowledge,
// e-office number): POST or PUT, answer {document}; every document query is refreshed after.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api';
import { documentKeys, documentResponseSchema } from './model';

export function useDocumentStep<V>(request: (id: number, vars: V) => { path: string; method: 'POST' | 'PUT'; body?: unknown }) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, vars }: { id: number; vars: V }) => {
      const r = request(id, vars);
      return apiRequest(r.path, { method: r.method, body: r.body, schema: documentResponseSchema });
    },
    onSuccess: (data) => {
      queryClient.setQueryData(documentKeys.one(data.document.id), data);
      return queryClient.invalidateQueries({ queryKey: documentKeys.all });
    },
  });
}
