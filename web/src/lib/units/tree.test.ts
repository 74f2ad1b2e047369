import { describe, expect, it } from 'vitest';
import type { UnitNode, UnitType } from './model';
import { buildUnitForest, filterTree, pathToUnit } from './tree';

const types: UnitType[] = [
  { code: 'dept', name: 'Sở GD&ĐT', side: 'education', level: 'city', sort_order: 10 },
  { code: 'edu_office', name: 'Phòng GD&ĐT', side: 'education', level: 'district', sort_order: 20 },
  { code: 'school', name: 'Trường', side: 'education', level: 'school', sort_order: 30 },
  { code: 'police_city', name: 'Công an thành phố', side: 'police', level: 'city', sort_order: 5 },
];

function unit(id: number, name: string, type: string, parent_id: number | null, code = `U${id}`): UnitNode {
  return { id, code, name, short_name: null, type, parent_id, valid_from: null, valid_to: null, flags: [] };
}

const units: UnitNode[] = [
  unit(1, 'Sở Giáo dục và Đào tạo Hải Phòng', 'dept', null),
  unit(2, 'Phòng Giáo dục và Đào tạo quận Lê Chân', 'edu_office', 1),
  unit(3, 'Phòng Giáo dục và Đào tạo quận Hồng Bàng', 'edu_office', 1),
  unit(4, 'Trường THPT Hồng Bàng', 'school', 1),
  unit(5, 'Trường Tiểu học Quán Toan', 'school', 3),
  unit(6, 'Công an thành phố Hải Phòng', 'police_city', null),
  unit(7, 'Đơn vị lạ', 'unknown_type', 999),
];

describe('buildUnitForest', () => {
  const forest = buildUnitForest(units, types);

  it('groups roots by side', () => {
    expect(forest.roots.education.map((n) => n.unit.id)).toEqual([1]);
    expect(forest.roots.police.map((n) => n.unit.id)).toEqual([6]);
    expect(forest.roots.other.map((n) => n.unit.id)).toEqual([7]);
    expect(forest.size).toBe(7);
  });

  it('orders children by type sort_order, then Vietnamese name', () => {
    expect(forest.roots.education[0].children.map((n) => n.unit.id)).toEqual([3, 2, 4]);
  });

  it('survives a parent cycle', () => {
    const f = buildUnitForest([unit(1, 'A', 'dept', 2), unit(2, 'B', 'dept', 1)], types);
    const all = [...f.roots.education];
    expect(all.length).toBeGreaterThan(0);
  });

  it('pathToUnit', () => {
    expect(pathToUnit(forest, 5)).toEqual([1, 3, 5]);
    expect(pathToUnit(forest, 42)).toEqual([]);
  });
});

describe('filterTree', () => {
  const forest = buildUnitForest(units, types);

  it('finds accent-insensitively and keeps ancestors', () => {
    const out = filterTree(forest.roots.education, 'hong bang');
    expect([...out.matchIds].sort()).toEqual([3, 4]);
    expect(out.roots.map((n) => n.unit.id)).toEqual([1]);
    expect(out.roots[0].children.map((n) => n.unit.id)).toEqual([3, 4]);
    expect(out.expandIds).toEqual([1]);
  });

  it('a match keeps its children', () => {
    const out = filterTree(forest.roots.education, 'phong giao duc hong bang');
    const office = out.roots[0].children[0];
    expect(office.unit.id).toBe(3);
    expect(office.children.map((n) => n.unit.id)).toEqual([5]);
  });

  it('empty query keeps everything', () => {
    expect(filterTree(forest.roots.education, ' ').roots.length).toBe(1);
  });

  it('no match gives nothing', () => {
    expect(filterTree(forest.roots.education, 'khong co').roots).toEqual([]);
  });
});
