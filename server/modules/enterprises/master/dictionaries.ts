import { z } from 'zod';
import { batchStatusLabels, batchStatuses, entryOutcomeLabels, entryOutcomes } from '../../../../domain/enterprise/batches';
import { funnelStageLabels, funnelStages, tierKindLabels, tierKinds } from '../../../../domain/enterprise/codes';
import { hnteFieldTree, type HnteFieldNode } from '../../../../domain/dict/hnte-fields';
import { industrySections } from '../../../../domain/dict/industries';

const option = z.object({ code: z.string(), name: z.string() });
type Node = { code: string; name: string; children: Node[] };
const node: z.ZodType<Node> = z.object({ code: z.string(), name: z.string(), get children() { return z.array(node); } });

export const dictionariesResponse = z.object({
  industrySections: z.array(option.extend({ divisions: z.array(option) })),
  hnteFields: z.array(node),
  funnelStages: z.array(option),
  tierKinds: z.array(option),
  batchStatuses: z.array(option),
  entryOutcomes: z.array(option),
});

const strip = (n: HnteFieldNode): Node => ({ code: n.code, name: n.name, children: n.children.map(strip) });
const options = <K extends string>(codes: readonly K[], labels: Record<K, string>) => codes.map((code) => ({ code, name: labels[code] }));

/** The same dictionaries the web imports from domain/, for API clients. */
export const dictionaries = {
  industrySections: industrySections.map((s) => ({ code: s.code, name: s.name, divisions: s.divisions.map(([code, name]) => ({ code, name })) })),
  hnteFields: hnteFieldTree.map(strip),
  funnelStages: options(funnelStages, funnelStageLabels),
  tierKinds: options(tierKinds, tierKindLabels),
  batchStatuses: options(batchStatuses, batchStatusLabels),
  entryOutcomes: options(entryOutcomes, entryOutcomeLabels),
};
