import type { ProjectState, ProjectTrack } from './states';

/** Who acts on a project, derived from the user's roles and their relation to the project. */
export const actorRoles = ['applicant', 'staff', 'leader', 'expert', 'upper'] as const;
export type ActorRole = (typeof actorRoles)[number];

export const actorRoleLabels: Record<ActorRole, string> = {
  applicant: '申报单位',
  staff: '业务科室',
  leader: '局领导',
  expert: '评审专家',
  upper: '上级科技局',
};

export const projectEvents = [
  'submit',
  'withdraw',
  'formal_pass',
  'formal_return',
  'file',
  'complete_review',
  'propose',
  'not_selected',
  'publish',
  'revoke',
  'approve',
  'start',
  'report_progress',
  'midterm_check',
  'terminate',
  'request_acceptance',
  'accept_pass',
  'accept_fail',
  'accept_extend',
  'upper_approve',
  'upper_reject',
  'archive',
] as const;
export type ProjectEvent = (typeof projectEvents)[number];

export const eventLabels: Record<ProjectEvent, string> = {
  submit: '提交申报',
  withdraw: '撤回申报',
  formal_pass: '形式审查通过',
  formal_return: '退回修改',
  file: '予以备案',
  complete_review: '评审完成',
  propose: '拟立项',
  not_selected: '不予立项',
  publish: '发布公示',
  revoke: '撤销拟立项',
  approve: '立项',
  start: '签订任务书',
  report_progress: '报送进展',
  midterm_check: '中期检查',
  terminate: '终止项目',
  request_acceptance: '申请验收',
  accept_pass: '验收通过',
  accept_fail: '验收不通过',
  accept_extend: '结题延期',
  upper_approve: '上级已立项',
  upper_reject: '上级未立项',
  archive: '归档',
};

export interface TransitionRule {
  event: ProjectEvent;
  from: readonly ProjectState[];
  to: ProjectState;
  roles: readonly ActorRole[];
  tracks: readonly ProjectTrack[];
  /** Name of the comment when one is required (e.g. '退回原因'). */
  comment?: string;
}

const all: readonly ProjectTrack[] = ['county', 'recommend', 'self_funded'];
const county: readonly ProjectTrack[] = ['county'];
const decision: readonly ActorRole[] = ['staff', 'leader'];

/** The whole workflow as data; an event may have one rule per track. Guards on facts (deadline, reviews, publicity …) live in workflow.ts. */
export const transitionRules: readonly TransitionRule[] = [
  { event: 'submit', from: ['draft', 'returned'], to: 'submitted', roles: ['applicant', 'staff'], tracks: all },
  { event: 'withdraw', from: ['submitted'], to: 'draft', roles: ['applicant'], tracks: all },
  { event: 'formal_pass', from: ['submitted'], to: 'in_review', roles: ['staff'], tracks: county },
  { event: 'formal_pass', from: ['submitted'], to: 'recommended', roles: ['staff'], tracks: ['recommend'] },
  { event: 'formal_return', from: ['submitted'], to: 'returned', roles: ['staff'], tracks: all, comment: '退回原因' },
  { event: 'file', from: ['submitted'], to: 'filed', roles: ['staff'], tracks: ['self_funded'] },
  { event: 'complete_review', from: ['in_review'], to: 'reviewed', roles: ['staff'], tracks: county },
  { event: 'propose', from: ['reviewed'], to: 'proposed', roles: decision, tracks: county },
  { event: 'not_selected', from: ['reviewed'], to: 'rejected', roles: decision, tracks: county, comment: '不予立项理由' },
  { event: 'publish', from: ['proposed'], to: 'publicity', roles: ['staff'], tracks: county },
  { event: 'revoke', from: ['proposed', 'publicity'], to: 'rejected', roles: decision, tracks: county, comment: '撤销理由' },
  { event: 'approve', from: ['publicity'], to: 'approved', roles: decision, tracks: county },
  { event: 'start', from: ['approved'], to: 'in_progress', roles: ['staff'], tracks: county },
  { event: 'report_progress', from: ['in_progress'], to: 'in_progress', roles: ['applicant', 'staff'], tracks: county, comment: '进展情况' },
  { event: 'midterm_check', from: ['in_progress'], to: 'in_progress', roles: ['staff'], tracks: county, comment: '中期检查意见' },
  { event: 'terminate', from: ['approved', 'in_progress'], to: 'terminated', roles: ['leader'], tracks: county, comment: '终止理由' },
  { event: 'request_acceptance', from: ['in_progress'], to: 'acceptance_requested', roles: ['applicant', 'staff'], tracks: county },
  { event: 'accept_pass', from: ['acceptance_requested'], to: 'accepted', roles: decision, tracks: county, comment: '专家组验收意见' },
  { event: 'accept_fail', from: ['acceptance_requested'], to: 'acceptance_failed', roles: decision, tracks: county, comment: '专家组验收意见' },
  { event: 'accept_extend', from: ['acceptance_requested'], to: 'in_progress', roles: decision, tracks: county, comment: '专家组意见及延期理由' },
  { event: 'upper_approve', from: ['recommended'], to: 'upper_approved', roles: ['staff'], tracks: ['recommend'] },
  { event: 'upper_reject', from: ['recommended'], to: 'upper_rejected', roles: ['staff'], tracks: ['recommend'] },
  { event: 'archive', from: ['accepted', 'acceptance_failed', 'terminated', 'rejected'], to: 'archived', roles: ['staff'], tracks: county },
  { event: 'archive', from: ['upper_approved', 'upper_rejected'], to: 'archived', roles: ['staff'], tracks: ['recommend'] },
  { event: 'archive', from: ['filed'], to: 'archived', roles: ['staff'], tracks: ['self_funded'] },
];
