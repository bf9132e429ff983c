/** Project tracks: a county-funded project runs the full workflow; the other two are shorter. */
export const projectTracks = ['county', 'recommend', 'self_funded'] as const;
export type ProjectTrack = (typeof projectTracks)[number];

export const trackLabels: Record<ProjectTrack, string> = {
  county: '县级科技计划项目',
  recommend: '推荐上级项目',
  self_funded: '自筹项目备案',
};

export const projectStates = [
  'draft',
  'submitted',
  'returned',
  'in_review',
  'reviewed',
  'proposed',
  'publicity',
  'approved',
  'in_progress',
  'acceptance_requested',
  'accepted',
  'acceptance_failed',
  'terminated',
  'rejected',
  'recommended',
  'upper_approved',
  'upper_rejected',
  'filed',
  'archived',
] as const;
export type ProjectState = (typeof projectStates)[number];

export const stateLabels: Record<ProjectState, string> = {
  draft: '草稿',
  submitted: '已提交',
  returned: '退回修改',
  in_review: '专家评审',
  reviewed: '评审完成',
  proposed: '拟立项',
  publicity: '公示',
  approved: '立项',
  in_progress: '实施中',
  acceptance_requested: '申请验收',
  accepted: '验收通过',
  acceptance_failed: '验收不通过',
  terminated: '已终止',
  rejected: '未立项',
  recommended: '已推荐上级',
  upper_approved: '上级立项',
  upper_rejected: '上级未立项',
  filed: '已备案',
  archived: '已归档',
};

/** Coarse stages for the project library filter and totals. */
export const stageOf: Record<ProjectState, 'application' | 'review' | 'approval' | 'implementation' | 'closed'> = {
  draft: 'application',
  submitted: 'application',
  returned: 'application',
  in_review: 'review',
  reviewed: 'review',
  proposed: 'approval',
  publicity: 'approval',
  recommended: 'approval',
  approved: 'implementation',
  in_progress: 'implementation',
  acceptance_requested: 'implementation',
  upper_approved: 'implementation',
  filed: 'implementation',
  accepted: 'closed',
  acceptance_failed: 'closed',
  terminated: 'closed',
  rejected: 'closed',
  upper_rejected: 'closed',
  archived: 'closed',
};

/** States in which the applicant may still edit the application. */
export const editableStates: readonly ProjectState[] = ['draft', 'returned'];

/** States from which funds may be disbursed (the project was approved and is not closed). */
export const fundableStates: readonly ProjectState[] = ['approved', 'in_progress', 'acceptance_requested', 'upper_approved'];
