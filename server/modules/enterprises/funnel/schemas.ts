import { z } from 'zod';
import { funnelStages } from '../../../../domain/enterprise/codes';
import { itemsOf, reason, userRef, version } from '../common/schemas';

export const funnelMove = z.object({
  id: z.uuid(),
  from: z.enum(funnelStages).nullable(),
  to: z.enum(funnelStages).nullable(),
  fromLabel: z.string(),
  toLabel: z.string(),
  reason: z.string(),
  by: userRef.nullable(),
  at: z.string(),
});
export const funnelMoveList = itemsOf(funnelMove);

export const moveBody = z.object({
  to: z.enum(funnelStages).nullable().meta({ title: '目标阶段' }),
  reason: reason('调整原因'),
  version,
});
