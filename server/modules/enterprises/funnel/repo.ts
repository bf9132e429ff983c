import { desc, eq, inArray } from 'drizzle-orm';
import { funnelStageLabel } from '../../../../domain/enterprise/funnel';
import type { DbOrTx } from '../../../db/client';
import { enterpriseFunnelMoves, users } from '../../../db/schema';

export function funnelMovesOf(db: DbOrTx, enterpriseIds: string[]) {
  return db.select({
    id: enterpriseFunnelMoves.id,
    enterpriseId: enterpriseFunnelMoves.enterpriseId,
    from: enterpriseFunnelMoves.fromStage,
    to: enterpriseFunnelMoves.toStage,
    reason: enterpriseFunnelMoves.reason,
    byId: enterpriseFunnelMoves.movedBy,
    byName: users.displayName,
    at: enterpriseFunnelMoves.movedAt,
  }).from(enterpriseFunnelMoves).leftJoin(users, eq(users.id, enterpriseFunnelMoves.movedBy))
    .where(inArray(enterpriseFunnelMoves.enterpriseId, enterpriseIds.length ? enterpriseIds : ['00000000-0000-0000-0000-000000000000']))
    .orderBy(desc(enterpriseFunnelMoves.movedAt), desc(enterpriseFunnelMoves.id));
}

export type FunnelMoveRecord = Awaited<ReturnType<typeof funnelMovesOf>>[number];

export const presentFunnelMove = (m: FunnelMoveRecord) => ({
  id: m.id,
  from: m.from,
  to: m.to,
  fromLabel: funnelStageLabel(m.from),
  toLabel: funnelStageLabel(m.to),
  reason: m.reason,
  by: m.byId ? { id: m.byId, name: m.byName ?? '' } : null,
  at: m.at.toISOString(),
});
