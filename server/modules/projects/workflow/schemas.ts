import { z } from 'zod';
import { projectEvents } from '../../../../domain/projects/events';
import { projectStates } from '../../../../domain/projects/states';
import { isoDate, money, version } from '../shared/zod';

export const transitionBody = z.object({
  version,
  event: z.enum(projectEvents).meta({ title: '操作' }),
  comment: z.string().trim().max(5000).nullable().optional().meta({ title: '意见' }),
  publicityStartsOn: isoDate.nullable().optional().meta({ title: '公示开始日期' }),
  publicityEndsOn: isoDate.nullable().optional().meta({ title: '公示结束日期' }),
  approvedAmount: money.nullable().optional().meta({ title: '立项金额（元）' }),
  newEndOn: isoDate.nullable().optional().meta({ title: '延期后的结题日期' }),
  fundingWon: money.nullable().optional().meta({ title: '上级支持经费（元）' }),
});
export type TransitionBody = z.infer<typeof transitionBody>;

export const timelineItem = z.object({
  id: z.number().int(),
  event: z.string(),
  label: z.string(),
  fromState: z.enum(projectStates).nullable(),
  toState: z.enum(projectStates),
  actorName: z.string(),
  comment: z.string().nullable(),
  payload: z.record(z.string(), z.unknown()),
  at: z.string(),
});
export const timeline = z.object({ items: z.array(timelineItem) });
