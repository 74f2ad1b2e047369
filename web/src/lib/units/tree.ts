// Builds the organisation tree from the flat list GET /api/v1/units/tree returns: children under
// their parent_id, siblings ordered by unit-type sort_order then Vietnamese name, roots grouped by
// the side of their type (education / police / other). Units whose parent is absent on that date
// become roots; a parent cycle (bad data) cannot hang the build.
import { fold } from '../fold';
import { compareVietnamese } from '../names';
import type { UnitNode, UnitSide, UnitType } from './model';

export interface UnitTreeNode {
  unit: UnitNode;
  side: UnitSide;
  typeOrder: number;
  /** Folded "name short_name code" for accent-insensitive search. */
  folded: string;
  children: UnitTreeNode[];
}

export interface UnitForest {
  roots: Record<UnitSide, UnitTreeNode[]>;
  byId: Map<number, UnitTreeNode>;
  size: number;
}

const UNKNOWN_TYPE_ORDER = Number.MAX_SAFE_INTEGER;

function compareNodes(a: UnitTreeNode, b: UnitTreeNode): number {
  return (
    a.typeOrder - b.typeOrder ||
    compareVietnamese(a.unit.name, b.unit.name) ||
    compareVietnamese(a.unit.code, b.unit.code)
  );
}

function sortDeep(nodes: UnitTreeNode[]): void {
  const stack: UnitTreeNode[][] = [nodes];
  while (stack.length) {
    const list = stack.pop()!;
    list.sort(compareNodes);
    for (const n of list) if (n.children.length) stack.push(n.children);
  }
}

export function buildUnitForest(units: readonly UnitNode[], types: readonly UnitType[]): UnitForest {
  const typeByCode = new Map(types.map((t) => [t.code, t]));
  const byId = new Map<number, UnitTreeNode>();
  for (const unit of units) {
    const type = typeByCode.get(unit.type);
    byId.set(unit.id, {
      unit,
      side: type?.side ?? 'other',
      typeOrder: type?.sort_order ?? UNKNOWN_TYPE_ORDER,
      folded: fold([unit.name, unit.short_name ?? '', unit.code].join(' ')),
      children: [],
    });
  }

  // Attach children; a node whose parent chain loops back to itself is kept as a root.
  const roots: UnitTreeNode[] = [];
  for (const node of byId.values()) {
    const parentId = node.unit.parent_id;
    const parent = parentId === null ? undefined : byId.get(parentId);
    if (!parent || createsCycle(node, byId)) roots.push(node);
    else parent.children.push(node);
  }

  const grouped: Record<UnitSide, UnitTreeNode[]> = { education: [], police: [], other: [] };
  for (const r of roots) grouped[r.side].push(r);
  for (const side of Object.keys(grouped) as UnitSide[]) sortDeep(grouped[side]);
  return { roots: grouped, byId, size: byId.size };
}

function createsCycle(node: UnitTreeNode, byId: Map<number, UnitTreeNode>): boolean {
  const seen = new Set<number>([node.unit.id]);
  let parentId = node.unit.parent_id;
  while (parentId !== null) {
    if (seen.has(parentId)) return parentId === node.unit.id || false;
    seen.add(parentId);
    const p = byId.get(parentId);
    if (!p) return false;
    parentId = p.unit.parent_id;
  }
  return false;
}

export interface FilteredTree {
  roots: UnitTreeNode[];
  /** Ids of the ancestors of every match: expand these to show the matches. */
  expandIds: number[];
  matchIds: Set<number>;
}

/**
 * Keeps the units whose folded name/short name/code contains every token of `query`, with their
 * ancestors (and a match keeps its own children, collapsed). An empty query keeps everything.
 */
export function filterTree(roots: readonly UnitTreeNode[], query: string): FilteredTree {
  const tokens = fold(query).split(' ').filter(Boolean);
  const matchIds = new Set<number>();
  const expand = new Set<number>();
  if (tokens.length === 0) return { roots: [...roots], expandIds: [], matchIds };

  const visit = (node: UnitTreeNode): UnitTreeNode | null => {
    const matches = tokens.every((t) => node.folded.includes(t));
    const keptChildren: UnitTreeNode[] = [];
    for (const c of node.children) {
      const k = visit(c);
      if (k) keptChildren.push(k);
    }
    if (matches) matchIds.add(node.unit.id);
    if (keptChildren.length > 0) {
      expand.add(node.unit.id);
      if (matches) {
        // Show the whole family of a match; keep matched descendants' pruned copies in place.
        const keptById = new Map(keptChildren.map((k) => [k.unit.id, k]));
        return { ...node, children: node.children.map((c) => keptById.get(c.unit.id) ?? c) };
      }
      return { ...node, children: keptChildren };
    }
    return matches ? node : null;
  };

  const kept: UnitTreeNode[] = [];
  for (const r of roots) {
    const k = visit(r);
    if (k) kept.push(k);
  }
  return { roots: kept, expandIds: [...expand], matchIds };
}

/** Ids from the root down to `id` (inclusive), or [] when the unit is not in the forest. */
export function pathToUnit(forest: UnitForest, id: number): number[] {
  const path: number[] = [];
  let node = forest.byId.get(id);
  const seen = new Set<number>();
  while (node && !seen.has(node.unit.id)) {
    seen.add(node.unit.id);
    path.unshift(node.unit.id);
    node = node.unit.parent_id === null ? undefined : forest.byId.get(node.unit.parent_id);
  }
  return path;
}
