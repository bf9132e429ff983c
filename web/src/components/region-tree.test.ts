import { describe, expect, it } from 'vitest';
import { insertChildren, regionPathCodes } from './region-tree';

describe('region tree helpers', () => {
  it('attaches children at a path without touching siblings', () => {
    const tree = [
      { value: '34', label: '安徽省', isLeaf: false, children: [{ value: '3415', label: '六安市', isLeaf: false }] },
      { value: '35', label: '福建省', isLeaf: false },
    ];
    const next = insertChildren(tree, ['34', '3415'], [{ value: '341522', label: '霍邱县', isLeaf: false }]);
    expect(next[0]!.children![0]!.children).toHaveLength(1);
    expect(next[1]).toBe(tree[1]);
    expect(insertChildren(tree, ['35'], [])[1]!.isLeaf).toBe(true);
  });

  it('normalises the region path to end with the region itself', () => {
    const base = { code: '341522', name: '霍邱县', fullName: '安徽省六安市霍邱县', level: 3, parentCode: '3415' };
    expect(regionPathCodes({ ...base, path: [{ code: '34', name: '' }, { code: '3415', name: '' }] })).toEqual(['34', '3415', '341522']);
    expect(regionPathCodes({ ...base, path: [{ code: '34', name: '' }, { code: '3415', name: '' }, { code: '341522', name: '' }] }))
      .toEqual(['34', '3415', '341522']);
  });
});
