import { researchFieldLabels, type ResearchField } from '../../../../domain/projects/catalog';
import { budgetTotals } from '../../../../domain/projects/completeness';
import { editableStates, fundableStates, stateLabels } from '../../../../domain/projects/states';
import { availableActions } from '../../../../domain/projects/workflow';
import type { Scope } from '../../../platform/authz/scope';
import type { AppContext } from '../../../platform/context';
import { actorRolesFor, isOperator } from '../shared/access';
import { completenessOf, gatherFacts } from '../workflow/facts';
import { loadCall } from '../workflow/service';
import { loadApplicant } from './applicant';
import type { ListedProject, ProjectRecord } from './repo';
import type { ProjectDetailOut, ProjectRowOut } from './schemas';

export function presentRow(r: ListedProject): ProjectRowOut {
  const p = r.project;
  return {
    id: p.id,
    title: p.title,
    state: p.state,
    stateLabel: stateLabels[p.state],
    track: p.track,
    year: p.year,
    call: { id: r.call.id, title: r.call.title },
    programme: r.programme,
    applicant: { enterpriseId: p.enterpriseId, name: r.applicantName, regionCode: p.regionCode },
    field: p.field,
    fieldLabel: p.field ? (researchFieldLabels[p.field as ResearchField] ?? p.field) : null,
    requestedFiscal: p.requestedFiscal,
    approvedAmount: p.approvedAmount,
    disbursed: r.disbursed,
    projectNo: p.projectNo,
    submittedAt: p.submittedAt?.toISOString() ?? null,
    updatedAt: p.updatedAt.toISOString(),
    version: p.version,
  };
}

export async function presentDetail(ctx: AppContext, scope: Scope, r: ProjectRecord): Promise<ProjectDetailOut> {
  const db = ctx.database.db;
  const p = r.project;
  const now = ctx.now();
  const call = await loadCall(db, p.callId);
  const facts = await gatherFacts(db, p, call, now);
  const roles = actorRolesFor(scope, p);
  const live = await loadApplicant(db, p.enterpriseId, facts.today);
  const info = p.applicantSnapshot ?? live!;
  const editable = editableStates.includes(p.state) && (roles.includes('applicant') || roles.includes('staff'));
  const operator = isOperator(scope);
  return {
    ...presentRow(r),
    content: { title: p.title, field: p.field, leader: p.leader, team: p.team, partners: p.partners, startOn: p.startOn, endOn: p.endOn, budget: p.budget, goals: p.goals, kpis: p.kpis },
    applicantInfo: { ...info, regionName: live?.regionName ?? null, frozen: p.applicantSnapshot !== null },
    budgetTotals: budgetTotals(p.budget),
    requiredAttachments: call.requiredAttachments,
    completeness: editableStates.includes(p.state) ? await completenessOf(db, p, call, facts.today) : [],
    publicity: p.publicityStartsOn && p.publicityEndsOn ? { startsOn: p.publicityStartsOn, endsOn: p.publicityEndsOn } : null,
    fundingWon: p.fundingWon,
    enteredByStaff: p.enteredByStaff,
    actions: availableActions(p.state, p.track, roles, facts),
    abilities: {
      edit: editable,
      upload: editable || operator || (roles.includes('applicant') && ['approved', 'in_progress', 'acceptance_requested'].includes(p.state)),
      disburse: operator && fundableStates.includes(p.state),
      viewReviews: roles.includes('staff') || roles.includes('leader') || roles.includes('upper'),
      recordObjection: operator && p.state === 'publicity',
      requestChange: (roles.includes('applicant') || operator) && p.state === 'in_progress',
      archive: !roles.includes('expert') || roles.length > 1,
    },
  };
}
