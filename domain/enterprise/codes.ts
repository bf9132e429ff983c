/** Stable codes of the enterprise-cultivation line (issue 3) with the labels the UI shows. */

/** 培育链 (seed 000: "科技创业团队--初创期科技型企业--高新技术入库培育企业--高新技术企业"). */
export const funnelStages = ['team', 'startup', 'incubating', 'hnte'] as const;
export type FunnelStage = (typeof funnelStages)[number];
export const funnelStageLabels: Record<FunnelStage, string> = {
  team: '科技创业团队',
  startup: '初创期科技型企业',
  incubating: '高企培育库',
  hnte: '高新技术企业',
};

export const tierKinds = ['tech_sme', 'hnte', 'gazelle', 'specialized', 'above_scale'] as const;
export type TierKind = (typeof tierKinds)[number];
export const tierKindLabels: Record<TierKind, string> = {
  tech_sme: '科技型中小企业',
  hnte: '高新技术企业',
  gazelle: '瞪羚企业',
  specialized: '专精特新企业',
  above_scale: '规上企业',
};

/** Stored status of a tier row; rows are never deleted, ended rows keep their reason. */
export const tierStatuses = ['active', 'superseded', 'revoked'] as const;
export type TierStatus = (typeof tierStatuses)[number];

/** What a tier row means on a given day (computed). */
export const tierStates = ['valid', 'pending', 'expired', 'superseded', 'revoked'] as const;
export type TierState = (typeof tierStates)[number];
export const tierStateLabels: Record<TierState, string> = {
  valid: '有效',
  pending: '未生效',
  expired: '已过期',
  superseded: '已被替代',
  revoked: '已撤销',
};

export const batchKinds = ['hnte', 'tech_sme'] as const;
export type BatchKind = (typeof batchKinds)[number];
export const batchKindLabels: Record<BatchKind, string> = { hnte: '高新技术企业认定', tech_sme: '科技型中小企业评价' };
