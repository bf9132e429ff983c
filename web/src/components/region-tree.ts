import type { RegionDetail, RegionNode } from '../api/types';

export interface RegionOption {
  value: string;
  label: string;
  isLeaf: boolean;
  children?: RegionOption[];
}

export const toOption = (r: RegionNode, depth: number, maxDepth: number): RegionOption => ({
  value: r.code,
  label: r.name,
  isLeaf: !r.hasChildren || depth >= maxDepth,
});

/** Returns a copy of the tree where the node at `path` has `children` (leaf if there are none). */
export function insertChildren(tree: RegionOption[], path: string[], children: RegionOption[]): RegionOption[] {
  const [head, ...rest] = path;
  return tree.map((node) => {
    if (node.value !== head) return node;
    if (rest.length === 0) return { ...node, children, isLeaf: children.length === 0 };
    return { ...node, children: insertChildren(node.children ?? [], rest, children) };
  });
}

/** Codes from the province down to the region itself, whether or not `path` includes it. */
export function regionPathCodes(detail: RegionDetail): string[] {
  const codes = detail.path.map((p) => p.code);
  if (codes[codes.length - 1] !== detail.code) codes.push(detail.code);
  return codes;
}
