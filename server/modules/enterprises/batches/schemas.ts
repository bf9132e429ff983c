import { z } from 'zod';
import { batchStatuses, entryOutcomes } from '../../../../domain/enterprise/batches';
import { batchKinds } from '../../../../domain/enterprise/codes';
import { pageOf, pagingQuery } from '../../../platform/http/paging';
import { isoDate, version } from '../common/schemas';

export const batchRow = z.object({
  id: z.uuid(),
  kind: z.enum(batchKinds),
  kindLabel: z.string(),
  year: z.int(),
  name: z.string(),
  status: z.enum(batchStatuses),
  statusLabel: z.string(),
  regionCode: z.string(),
  notes: z.string().nullable(),
  entryCount: z.int(),
  outcomeCounts: z.record(z.string(), z.int()),
  version: z.int(),
  createdAt: z.string(),
});
export const batchPage = pageOf(batchRow);

export const batchEntry = z.object({
  id: z.uuid(),
  enterprise: z.object({ id: z.uuid(), name: z.string(), uscc: z.string() }),
  outcome: z.enum(entryOutcomes),
  outcomeLabel: z.string(),
  reason: z.string().nullable(),
  tierId: z.uuid().nullable(),
  updatedAt: z.string(),
});
/** The batch without its enterprises: those are paged by `GET …/:batchId/entries` (a city's batch can hold thousands). */
export const batchDetail = batchRow.extend({
  abilities: z.object({ update: z.boolean(), advance: z.boolean(), addEntries: z.boolean() }),
});

export const batchEntryPage = pageOf(batchEntry);
export const entryListQuery = z.object({
  ...pagingQuery,
  outcome: z.enum(entryOutcomes).optional().meta({ title: '结果' }),
  q: z.string().trim().min(1).max(50).optional().meta({ title: '企业名称或统一社会信用代码' }),
});

export const batchListQuery = z.object({
  ...pagingQuery,
  kind: z.enum(batchKinds).optional().meta({ title: '批次类型' }),
  year: z.coerce.number().int().min(2000).max(2100).optional().meta({ title: '年度' }),
  status: z.enum(batchStatuses).optional().meta({ title: '状态' }),
});
export const createBatchBody = z.object({
  kind: z.enum(batchKinds).meta({ title: '批次类型' }),
  year: z.int().min(2000).max(2100).meta({ title: '年度' }),
  name: z.string().trim().min(2).max(100).meta({ title: '批次名称' }),
  notes: z.string().trim().max(500).optional().meta({ title: '备注' }),
});
export const updateBatchBody = z.object({
  version,
  name: z.string().trim().min(2).max(100).optional().meta({ title: '批次名称' }),
  notes: z.string().trim().max(500).nullable().optional().meta({ title: '备注' }),
});
export const advanceBody = z.object({ version, to: z.enum(batchStatuses).meta({ title: '目标阶段' }) });
export const addEntryBody = z.object({ enterpriseId: z.uuid().meta({ title: '企业' }) });
export const outcomeBody = z.object({
  outcome: z.enum(entryOutcomes).meta({ title: '结果' }),
  reason: z.string().trim().max(200).optional().meta({ title: '说明' }),
  certificate: z.object({
    number: z.string().trim().min(1).max(40).meta({ title: '证书/登记编号' }),
    issuedOn: isoDate('发证/入库日期').optional(),
  }).optional().meta({ title: '认定证书' }),
});

export const batchParams = z.object({ batchId: z.uuid().meta({ title: '批次ID' }) });
export const entryParams = batchParams.extend({ entryId: z.uuid().meta({ title: '批次企业ID' }) });
