import { z } from 'zod';
import { tierKinds, tierStates, tierStatuses } from '../../../../domain/enterprise/codes';
import { enterpriseIdParams, isoDate, itemsOf, reason } from '../common/schemas';

export const tier = z.object({
  id: z.uuid(),
  kind: z.enum(tierKinds),
  kindLabel: z.string(),
  number: z.string().nullable(),
  year: z.int().nullable(),
  issuedOn: z.string().nullable(),
  validFrom: z.string(),
  validUntil: z.string().nullable(),
  status: z.enum(tierStatuses),
  state: z.enum(tierStates),
  stateLabel: z.string(),
  sourceBatchId: z.uuid().nullable(),
  note: z.string().nullable(),
  endedReason: z.string().nullable(),
  createdAt: z.string(),
});
export const tierList = itemsOf(tier);

export const tierBody = z.object({
  kind: z.enum(tierKinds).meta({ title: '资质类型' }),
  number: z.string().trim().min(1).max(40).optional().meta({ title: '证书/登记编号' }),
  year: z.int().min(2000).max(2100).optional().meta({ title: '年度' }),
  issuedOn: isoDate('发证/入库日期').optional(),
  validFrom: isoDate('生效日期').optional(),
  validUntil: isoDate('失效日期').optional(),
  note: z.string().trim().max(200).optional().meta({ title: '备注' }),
});

export const tierParams = enterpriseIdParams.extend({ tierId: z.uuid().meta({ title: '资质ID' }) });
export const endTierBody = z.object({
  outcome: z.enum(['superseded', 'revoked']).meta({ title: '处理方式' }),
  reason: reason(),
});

export const reportYear = z.object({
  reportYear: z.int(),
  dueOn: z.string(),
  filedOn: z.string().nullable(),
  state: z.enum(['filed', 'late', 'missed', 'due', 'upcoming']),
  certificateNumber: z.string().nullable(),
});
export const reportSummary = z.object({ items: z.array(reportYear), missed: z.int(), flagged: z.boolean() });
export const fileReportBody = z.object({
  reportYear: z.int().min(2000).max(2100).meta({ title: '报告年度' }),
  filedOn: isoDate('填报日期'),
});
