import type { ProjectState } from '../../../../domain/projects/states';
import type { DbOrTx } from '../../../db/client';
import { notify, usersOfOrganisation, usersOfRegion } from '../notifications/notify';

type Audience = 'applicant' | 'staff' | 'leader';

/** Who must act next (or learn the outcome) when a project reaches a state. */
const next: Partial<Record<ProjectState, { to: Audience[]; title: string }>> = {
  submitted: { to: ['staff'], title: '新的项目申报待形式审查' },
  returned: { to: ['applicant'], title: '申报书被退回修改，请修改后重新提交' },
  in_review: { to: ['staff'], title: '项目通过形式审查，待抽取评审专家' },
  reviewed: { to: ['staff', 'leader'], title: '专家评审已完成，待研究拟立项' },
  proposed: { to: ['staff'], title: '项目拟立项，待发布公示' },
  publicity: { to: ['leader'], title: '项目公示中，公示期满后待立项' },
  approved: { to: ['applicant', 'staff'], title: '项目已立项，请签订项目任务书' },
  in_progress: { to: ['applicant'], title: '项目进入实施阶段，请按期报送进展' },
  acceptance_requested: { to: ['staff'], title: '项目申请验收，待组织专家验收' },
  accepted: { to: ['applicant'], title: '项目验收通过' },
  acceptance_failed: { to: ['applicant'], title: '项目验收未通过' },
  terminated: { to: ['applicant'], title: '项目已终止' },
  rejected: { to: ['applicant'], title: '项目未获立项' },
  filed: { to: ['applicant'], title: '自筹项目已备案' },
  recommended: { to: ['applicant'], title: '项目已推荐至上级科技部门' },
  upper_approved: { to: ['applicant'], title: '项目已获上级立项' },
  upper_rejected: { to: ['applicant'], title: '项目未获上级立项' },
};

export async function noticeForState(
  db: DbOrTx,
  state: ProjectState,
  p: { id: string; title: string; applicantOrganisationId: string | null },
  callRegion: string,
  comment: string | null,
): Promise<void> {
  const n = next[state];
  if (!n) return;
  const ids: string[] = [];
  if (n.to.includes('applicant')) ids.push(...(await usersOfOrganisation(db, p.applicantOrganisationId)));
  if (n.to.includes('staff')) ids.push(...(await usersOfRegion(db, callRegion, ['staff'])));
  if (n.to.includes('leader')) ids.push(...(await usersOfRegion(db, callRegion, ['leader'])));
  await notify(db, ids, {
    kind: `project.${state}`,
    title: `${n.title}：${p.title || '（未命名项目）'}`,
    body: comment,
    link: `/projects/${p.id}`,
    objectType: 'project',
    objectId: p.id,
  });
}
