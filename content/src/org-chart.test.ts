import { describe, expect, it } from 'vitest';
import { buildOrgTree } from './org-chart.ts';

const names = (nodes: any[]): any => nodes.map((n) => (n.children.length ? [n.name, names(n.children)] : n.name));

describe('buildOrgTree', () => {
  it.each([
    ['flat', [{ id: 'a', name: 'A' }, { id: 'b', name: 'B' }], ['A', 'B']],
    ['nested and ordered', [
      { id: 'ubnd', name: 'UBND' },
      { id: 'vp', name: 'Văn phòng', parentId: 'ubnd', order: 2 },
      { id: 'stp', name: 'Sở Tư pháp', parentId: 'ubnd', order: 1 },
      { id: 'p1', name: 'Phòng Hành chính', parentId: 'vp' },
    ], [['UBND', ['Sở Tư pháp', ['Văn phòng', ['Phòng Hành chính']]]]]],
    ['missing parent becomes a root', [{ id: 'x', name: 'X', parentId: 'gone' }], ['X']],
  ])('%s', (_n, units, expected) => expect(names(buildOrgTree(units as any))).toEqual(expected));
  it('breaks a cycle without losing a unit', () => {
    const tree = buildOrgTree([{ id: 'a', name: 'A', parentId: 'b' }, { id: 'b', name: 'B', parentId: 'a' }, { id: 'c', name: 'C', parentId: 'a' }]);
    expect(tree).toHaveLength(1);
    const all: string[] = [];
    const walk = (ns: any[]) => ns.forEach((n) => { all.push(n.id); walk(n.children); });
    walk(tree);
    expect(all.sort()).toEqual(['a', 'b', 'c']);
  });
});
