import type { ActorRole } from './events';

/** Changes during implementation, each approved before it takes effect. */
export const changeKinds = ['extension', 'budget', 'termination'] as const;
export type ChangeKind = (typeof changeKinds)[number];

export const changeKindLabels: Record<ChangeKind, string> = {
  extension: '项目延期',
  budget: '预算调整',
  termination: '项目终止',
};

export type ChangeStatus = 'pending' | 'approved' | 'rejected';

export const changeStatusLabels: Record<ChangeStatus, string> = { pending: '待审批', approved: '已批准', rejected: '未批准' };

/** Termination ends public funding early: a leader decides it; staff decide the rest. */
export const changeApprovers: Record<ChangeKind, readonly ActorRole[]> = {
  extension: ['staff', 'leader'],
  budget: ['staff', 'leader'],
  termination: ['leader'],
};

export type ChangeDecision = { ok: true; status: Exclude<ChangeStatus, 'pending'> } | { ok: false; kind: 'state' | 'role' | 'comment'; reason: string };

export function decideChange(kind: ChangeKind, status: ChangeStatus, roles: readonly ActorRole[], approve: boolean, comment: string | null | undefined): ChangeDecision {
  if (status !== 'pending') return { ok: false, kind: 'state', reason: `该变更申请已${changeStatusLabels[status].replace('已', '')}，不能重复审批` };
  if (!changeApprovers[kind].some((r) => roles.includes(r))) {
    return { ok: false, kind: 'role', reason: kind === 'termination' ? '项目终止须由局领导审批' : '只有业务科室或局领导可以审批变更' };
  }
  if (!approve && !comment?.trim()) return { ok: false, kind: 'comment', reason: '不批准时须填写理由' };
  return { ok: true, status: approve ? 'approved' : 'rejected' };
}

/** Who may ask for a change: the applicant, or staff on the applicant's behalf. */
export const canRequestChange = (roles: readonly ActorRole[]) => roles.includes('applicant') || roles.includes('staff');

export function changeRequestProblem(kind: ChangeKind, payload: { newEndOn?: string | null; currentEndOn?: string | null; reason?: string | null }): string | null {
  if (!payload.reason?.trim()) return '请填写变更理由';
  if (kind === 'extension') {
    if (!payload.newEndOn) return '请填写延期后的结束日期';
    if (payload.currentEndOn && payload.newEndOn <= payload.currentEndOn) return '延期后的结束日期应晚于原结束日期';
  }
  return null;
}
