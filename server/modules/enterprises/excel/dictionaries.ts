import { hnteFieldTree, type HnteFieldNode, isSelectableHnteField } from '../../../../domain/dict/hnte-fields';
import { industrySections } from '../../../../domain/dict/industries';
import type { DictionaryEntry } from '../../../platform/excel';

/** GB/T 4754-2017 大类 as "39 计算机、通信和其他电子设备制造业"; the code or the name alone also work. */
export const industryEntries: DictionaryEntry[] = industrySections.flatMap((s) =>
  s.divisions.map(([code, name]) => ({ label: `${code} ${name}`, value: code, aliases: [code, name] })));

const walk = (nodes: readonly HnteFieldNode[]): HnteFieldNode[] => nodes.flatMap((n) => [n, ...walk(n.children)]);

/**
 * 《国家重点支持的高新技术领域》 nodes as "80402 机器人". The dropdown lists the nodes an enterprise
 * should pick (三级 items, or 二级 fields without items); higher nodes are accepted when typed.
 */
export const hnteEntries: DictionaryEntry[] = walk(hnteFieldTree).map((n) => ({
  label: `${n.code} ${n.name}`, value: n.code, aliases: [n.code, n.name], listed: isSelectableHnteField(n.code),
}));
