import { maskMobile } from '../../../../domain/masking';
import { availableNeedActions, needActionLabels, type NeedAction, type NeedActor, needStatusLabels } from '../../../../domain/commissioners/needs';
import type { DbOrTx } from '../../../db/client';
import type { Scope } from '../../../platform/authz/scope';
import type { AppContext } from '../../../platform/context';
import { canManage, isCommissionerUser } from '../access';
import { ownCommissioner } from '../roster/repo';
import type { NeedRecord, needEvents } from './repo';
import { type NeedRow, requesterLabels } from './schemas';

export interface Viewer {
  actor: NeedActor | null;
  commissionerId: string | null;
  organisationId: string;
}

export async function viewerOf(db: DbOrTx, scope: Scope): Promise<Viewer> {
  if (canManage(scope)) return { actor: 'staff', commissionerId: null, organisationId: scope.organisationId };
  if (isCommissionerUser(scope)) return { actor: 'commissioner', commissionerId: (await ownCommissioner(db, scope.userId))?.id ?? null, organisationId: scope.organisationId };
  if (scope.reach === 'organisation') return { actor: 'requester', commissionerId: null, organisationId: scope.organisationId };
  return { actor: null, commissionerId: null, organisationId: scope.organisationId };
}

function actionsFor(viewer: Viewer, r: NeedRecord): NeedAction[] {
  if (!viewer.actor) return [];
  if (viewer.actor === 'requester' && r.n.organisationId !== viewer.organisationId) return [];
  return availableNeedActions({ status: r.n.status, commissionerId: r.n.commissionerId, satisfaction: r.n.satisfaction }, viewer.actor, viewer.commissionerId);
}

const iso = (d: Date | null) => d?.toISOString() ?? null;

export function presentNeed(ctx: AppContext, viewer: Viewer, r: NeedRecord): NeedRow {
  const n = r.n;
  return {
    id: n.id, title: n.title, description: n.description, field: n.field, requesterKind: n.requesterKind,
    requesterKindLabel: requesterLabels[n.requesterKind], villageCode: n.villageCode, villageName: r.villageName,
    organisationId: n.organisationId, requesterName: n.requesterName, contactName: n.contactName,
    contactPhoneMasked: n.contactPhoneEnc ? maskMobile(ctx.cipher.decrypt(n.contactPhoneEnc)) : null,
    status: n.status, statusLabel: needStatusLabels[n.status],
    commissioner: n.commissionerId && r.cName ? { id: n.commissionerId, code: r.cCode!, name: r.cName } : null,
    resolution: n.resolution, satisfaction: n.satisfaction, feedback: n.feedback, raisedAt: n.createdAt.toISOString(),
    dispatchedAt: iso(n.dispatchedAt), solvedAt: iso(n.solvedAt), closedAt: iso(n.closedAt),
    actions: actionsFor(viewer, r), isDemo: n.isDemo, version: n.version,
  };
}

export const presentEvent = (r: Awaited<ReturnType<typeof needEvents>>[number]) => ({
  id: r.e.id, action: r.e.action, actionLabel: needActionLabels[r.e.action as NeedAction] ?? (r.e.action === 'raise' ? '提出需求' : r.e.action),
  fromStatus: r.e.fromStatus, toStatus: r.e.toStatus, commissionerName: r.commissionerName, note: r.e.note, username: r.username, at: r.e.at.toISOString(),
});
