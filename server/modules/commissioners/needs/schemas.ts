import { z } from 'zod';
import { needActions, needStatuses } from '../../../../domain/commissioners/needs';
import { needRequesters } from '../../../db/schema/commissioner-work';
import { pageOf, pagingQuery } from '../../../platform/http/paging';
import { optionalText, villageCode, versionField } from '../common';

export const requesterLabels: Record<(typeof needRequesters)[number], string> = { village: '村', enterprise: '企业', cooperative: '合作社/家庭农场' };

export const needRow = z.object({
  id: z.uuid(),
  title: z.string(),
  description: z.string(),
  field: z.string().nullable(),
  requesterKind: z.enum(needRequesters),
  requesterKindLabel: z.string(),
  villageCode: z.string().nullable(),
  villageName: z.string().nullable(),
  organisationId: z.uuid().nullable(),
  requesterName: z.string(),
  contactName: z.string().nullable(),
  contactPhoneMasked: z.string().nullable(),
  status: z.enum(needStatuses),
  statusLabel: z.string(),
  commissioner: z.object({ id: z.uuid(), code: z.string(), name: z.string() }).nullable(),
  resolution: z.string().nullable(),
  satisfaction: z.number().int().nullable(),
  feedback: z.string().nullable(),
  raisedAt: z.string(),
  dispatchedAt: z.string().nullable(),
  solvedAt: z.string().nullable(),
  closedAt: z.string().nullable(),
  actions: z.array(z.enum(needActions)),
  isDemo: z.boolean(),
  version: z.number().int(),
});
export type NeedRow = z.infer<typeof needRow>;
export const needPage = pageOf(needRow);

export const needEvent = z.object({
  id: z.number().int(), action: z.string(), actionLabel: z.string(), fromStatus: z.enum(needStatuses).nullable(), toStatus: z.enum(needStatuses),
  commissionerName: z.string().nullable(), note: z.string().nullable(), username: z.string().nullable(), at: z.string(),
});
export const needDetail = needRow.extend({ events: z.array(needEvent) });

export const needQuery = z.object({
  ...pagingQuery,
  status: z.enum(needStatuses).optional().meta({ title: '状态' }),
  commissionerId: z.uuid().optional().meta({ title: '科技特派员' }),
  regionPrefix: z.string().regex(/^\d{9}(\d{3})?$/).optional().meta({ title: '乡镇或村' }),
  q: z.string().trim().max(50).optional().meta({ title: '关键字' }),
});
export type NeedFilter = z.infer<typeof needQuery>;

export const createNeedBody = z.object({
  title: z.string().trim().min(4).max(60).meta({ title: '需求标题' }),
  description: z.string().trim().min(5).max(2000).meta({ title: '需求描述' }),
  field: optionalText(30, '所属领域'),
  requesterKind: z.enum(needRequesters).meta({ title: '需求方类型' }),
  villageCode: villageCode.optional().meta({ title: '所在村' }),
  organisationId: z.uuid().optional().meta({ title: '需求单位' }),
  requesterName: z.string().trim().min(2).max(100).optional().meta({ title: '需求方名称' }),
  contactName: optionalText(30, '联系人'),
  contactPhone: z.string().trim().regex(/^1[3-9]\d{9}$/, '应为 11 位手机号码').nullable().optional().meta({ title: '联系电话' }),
});
export type CreateNeed = z.infer<typeof createNeedBody>;

export const transitionBody = z.object({
  version: versionField,
  action: z.enum(needActions).meta({ title: '操作' }),
  commissionerId: z.uuid().optional().meta({ title: '科技特派员' }),
  note: z.string().trim().max(1000).optional().meta({ title: '说明' }),
  satisfaction: z.number().int().min(1).max(5).optional().meta({ title: '满意度' }),
});
export type NeedTransition = z.infer<typeof transitionBody>;

export const suggestionList = z.object({
  items: z.array(z.object({ id: z.uuid(), name: z.string(), score: z.number(), reasons: z.array(z.string()) })),
});
