// The organisation tree as of a date: unit types + flat units → forest (memoised), with the
// loading/error state of both queries.
import { useMemo } from 'react';
import { useUnitTree } from './get-unit-tree';
import { useUnitTypes } from './get-unit-types';
import { buildUnitForest, type UnitForest } from './tree';
import type { UnitType } from './model';

export interface UnitForestState {
  forest: UnitForest | null;
  typeByCode: Map<string, UnitType>;
  types: UnitType[];
  isPending: boolean;
  error: unknown;
  refetch: () => void;
}

export function useUnitForest(date: string | null): UnitForestState {
  const types = useUnitTypes();
  const tree = useUnitTree(date);
  const forest = useMemo(
    () => (tree.data && types.data ? buildUnitForest(tree.data.units, types.data.types) : null),
    [tree.data, types.data],
  );
  const typeByCode = useMemo(() => new Map((types.data?.types ?? []).map((t) => [t.code, t])), [types.data]);
  const sortedTypes = useMemo(
    () => [...(types.data?.types ?? [])].sort((a, b) => a.sort_order - b.sort_order),
    [types.data],
  );
  return {
    forest,
    typeByCode,
    types: sortedTypes,
    isPending: types.isPending || (!!date && tree.isPending),
    error: types.error ?? tree.error ?? null,
    refetch: () => {
      if (types.isError) void types.refetch();
      if (tree.isError) void tree.refetch();
    },
  };
}
