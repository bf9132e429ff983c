/**
 * 申报批次 (申报/推荐 → 专家评审 → 公示 → 认定): a bureau's HNTE or 科小 round, and each
 * recommended enterprise's outcome within it. Both are small forward-only state machines.
 */
export const batchStatuses = ['recommending', 'expert_review', 'publicity', 'recognised'] as const;
export type BatchStatus = (typeof batchStatuses)[number];
export const batchStatusLabels: Record<BatchStatus, string> = {
  recommending: '推荐',
  expert_review: '专家评审',
  publicity: '公示',
  recognised: '认定',
};

export const entryOutcomes = ['recommended', 'passed_review', 'publicised', 'recognised', 'rejected'] as const;
export type EntryOutcome = (typeof entryOutcomes)[number];
export const entryOutcomeLabels: Record<EntryOutcome, string> = {
  recommended: '推荐',
  passed_review: '通过专家评审',
  publicised: '公示',
  recognised: '认定',
  rejected: '未通过',
};

const batchRank = (s: BatchStatus) => batchStatuses.indexOf(s);

/** The status after `status`, or null at the end. */
export const nextBatchStatus = (status: BatchStatus): BatchStatus | null => batchStatuses[batchRank(status) + 1] ?? null;

export function batchAdvanceProblem(from: BatchStatus, to: BatchStatus): string | null {
  const next = nextBatchStatus(from);
  if (!next) return `批次已处于“${batchStatusLabels[from]}”阶段，流程已结束`;
  if (to !== next) return `批次只能从“${batchStatusLabels[from]}”进入“${batchStatusLabels[next]}”`;
  return null;
}

/** Entries may be added or removed only while the bureau is still recommending. */
export const entriesEditable = (status: BatchStatus) => status === 'recommending';

/** The outcome an entry reaches in step with the batch stage that allows it. */
const outcomePath: ReadonlyArray<{ outcome: EntryOutcome; needs: BatchStatus }> = [
  { outcome: 'recommended', needs: 'recommending' },
  { outcome: 'passed_review', needs: 'expert_review' },
  { outcome: 'publicised', needs: 'publicity' },
  { outcome: 'recognised', needs: 'recognised' },
];

export const isFinalOutcome = (o: EntryOutcome) => o === 'recognised' || o === 'rejected';

/** Null when an entry may move from `from` to `to` while its batch is in `batch`. */
export function entryOutcomeProblem(batch: BatchStatus, from: EntryOutcome, to: EntryOutcome): string | null {
  if (isFinalOutcome(from)) return `该企业的结果已确定为“${entryOutcomeLabels[from]}”，不能再修改`;
  if (to === 'rejected') return null;
  const fromIndex = outcomePath.findIndex((p) => p.outcome === from);
  const step = outcomePath[fromIndex + 1]!;
  if (step.outcome !== to) return `只能从“${entryOutcomeLabels[from]}”变为“${entryOutcomeLabels[step.outcome]}”或“未通过”`;
  if (batchRank(batch) < batchRank(step.needs)) {
    return `批次进入“${batchStatusLabels[step.needs]}”阶段后才能登记“${entryOutcomeLabels[to]}”`;
  }
  return null;
}
