import { hasRole, type Scope } from '../../../platform/authz/scope';
import { isOperator } from '../shared/access';
import type { ReviewRecord } from './repo';
import { reviewStatusLabels } from './schemas';

export function presentReview(scope: Scope, r: ReviewRecord) {
  const v = r.review;
  const mine = hasRole(scope, 'expert') && r.expert.userId === scope.userId;
  const inReview = r.project.state === 'in_review';
  return {
    id: v.id,
    status: v.status,
    statusLabel: reviewStatusLabels[v.status],
    category: v.category,
    position: v.position,
    project: { id: r.project.id, title: r.project.title, applicantName: r.applicantName, field: r.project.field, callId: r.project.callId, callTitle: r.call.title },
    // Experts see neither each other nor themselves listed by name here; staff see who reviewed.
    expert: mine ? null : { id: r.expert.id, name: r.expert.name },
    confirmedAt: v.confirmedAt?.toISOString() ?? null,
    submittedAt: v.submittedAt?.toISOString() ?? null,
    declineReason: v.declineReason,
    scores: v.scores,
    total: v.total,
    comment: v.comment,
    scoreSheet: { ...r.call.scoreSheet, items: [...r.call.scoreSheet.items] },
    version: v.version,
    abilities: {
      confirm: mine && inReview && v.status === 'assigned',
      decline: mine && inReview && v.status === 'assigned',
      score: mine && inReview && v.status === 'confirmed',
      replace: isOperator(scope) && inReview && v.status === 'declined',
    },
  };
}
