import { z } from 'zod';
import { reviewStatuses } from '../../../db/schema/project-reviews';
import { pageOf, pagingQuery } from '../../../platform/http/paging';
import { version } from '../shared/zod';

export const reviewStatusLabels = { assigned: '待确认回避', confirmed: '评审中', declined: '已拒绝', submitted: '已提交' } as const;

const aggregate = z.object({
  count: z.number().int(), mean: z.string().nullable(), trimmedMean: z.string().nullable(), min: z.string().nullable(),
  max: z.string().nullable(), spread: z.string().nullable(), spreadFlag: z.boolean(),
});

export const reviewRow = z.object({
  id: z.uuid(),
  status: z.enum(reviewStatuses),
  statusLabel: z.string(),
  category: z.string(),
  position: z.number().int(),
  project: z.object({ id: z.uuid(), title: z.string(), applicantName: z.string(), field: z.string().nullable(), callId: z.uuid(), callTitle: z.string() }),
  expert: z.object({ id: z.uuid(), name: z.string() }).nullable(),
  confirmedAt: z.string().nullable(),
  submittedAt: z.string().nullable(),
  declineReason: z.string().nullable(),
  scores: z.record(z.string(), z.string()).nullable(),
  total: z.string().nullable(),
  comment: z.string().nullable(),
  scoreSheet: z.object({
    items: z.array(z.object({ code: z.string(), title: z.string(), weight: z.number(), description: z.string().optional() })),
    commentBelow: z.number(),
    spreadLimit: z.number(),
  }),
  version: z.number().int(),
  abilities: z.object({ confirm: z.boolean(), decline: z.boolean(), score: z.boolean(), replace: z.boolean() }),
});

export const reviewList = pageOf(reviewRow);
export const reviewQuery = z.object({
  ...pagingQuery,
  projectId: z.uuid().optional().meta({ title: '项目' }),
  callId: z.uuid().optional().meta({ title: '申报指南' }),
  status: z.enum(reviewStatuses).optional().meta({ title: '状态' }),
});

export const confirmBody = z.object({ version, noConflict: z.literal(true).meta({ title: '本人承诺与该项目不存在利益冲突' }) });
export const declineBody = z.object({
  version,
  reason: z.string().trim().min(2).max(500).meta({ title: '拒绝理由' }),
  conflict: z.boolean().default(false).meta({ title: '因存在利益冲突而回避' }),
});
export const submitBody = z.object({
  version,
  scores: z.record(z.string(), z.union([z.string(), z.number()])).meta({ title: '评分' }),
  comment: z.string().trim().max(5000).nullable().optional().meta({ title: '评审意见' }),
});

export const projectReviewSummary = z.object({ items: z.array(reviewRow), aggregate });
export const ranking = z.object({
  items: z.array(z.object({
    rank: z.number().int().nullable(),
    project: z.object({ id: z.uuid(), title: z.string(), applicantName: z.string(), state: z.string(), stateLabel: z.string(), requestedFiscal: z.string() }),
    aggregate,
    pending: z.number().int(),
  })),
});
