import { z } from 'zod';
import { grades } from '../../../../domain/commissioners/appraisal-config';
import { summaryMetrics } from '../../../../domain/commissioners/log-summary';
import { versionField } from '../common';

const decimal = z.string().regex(/^\d{1,3}(\.\d{1,2})?$/, '应为最多两位小数的数');
const item = z.discriminatedUnion('kind', [
  z.object({ key: z.string(), label: z.string().trim().min(1).max(30), weight: decimal, kind: z.literal('computed'), metric: z.enum(summaryMetrics), target: z.number().int().min(1) }),
  z.object({ key: z.string(), label: z.string().trim().min(1).max(30), weight: decimal, kind: z.literal('manual') }),
]);
export const appraisalConfig = z.object({
  effectiveYear: z.number().int(),
  items: z.array(item).min(1).max(30),
  bands: z.object({ excellent: decimal, good: decimal, pass: decimal }),
  caps: z.object({ excellent: z.string().nullable().optional(), good: z.string().nullable().optional() }),
  rules: z.object({ minDaysForGood: z.number().int().nullable(), minDaysForPass: z.number().int().nullable(), materialsRequired: z.boolean() }),
}).meta({ title: '考核方案' });

const gradeEnum = z.enum(grades);
export const sheetRow = z.object({
  id: z.uuid(), year: z.number().int(), name: z.string(), status: z.enum(['draft', 'published']), config: appraisalConfig,
  computedAt: z.string().nullable(), publishedAt: z.string().nullable(), appraised: z.number().int(),
  counts: z.object({ excellent: z.number().int(), good: z.number().int(), pass: z.number().int(), fail: z.number().int() }),
  isDemo: z.boolean(), version: z.number().int(),
});
export type SheetRow = z.infer<typeof sheetRow>;

export const resultRow = z.object({
  commissioner: z.object({ id: z.uuid(), code: z.string(), name: z.string(), level: z.string() }),
  summary: z.record(z.string(), z.union([z.number(), z.string(), z.null()])),
  items: z.array(z.object({ key: z.string(), label: z.string(), kind: z.enum(['computed', 'manual']), points: z.string(), weight: z.string(), actual: z.number().nullable() })),
  total: z.string(), baseGrade: gradeEnum, grade: gradeEnum, gradeLabel: z.string(), rank: z.number().int(), position: z.number().int(),
  reasons: z.array(z.string()), manual: z.record(z.string(), z.string()), materialsSubmitted: z.boolean(),
});
export const sheetDetail = sheetRow.extend({ results: z.array(resultRow) });

export const createSheetBody = z.object({
  year: z.number().int().min(2000).max(2100).meta({ title: '考核年度' }),
  name: z.string().trim().min(2).max(60).optional().meta({ title: '考核名称' }),
  config: appraisalConfig.optional(),
});
export const updateSheetBody = z.object({
  version: versionField,
  name: z.string().trim().min(2).max(60).optional().meta({ title: '考核名称' }),
  config: appraisalConfig.optional(),
});
export const inputBody = z.object({
  manual: z.record(z.string(), decimal).meta({ title: '人工评分' }),
  materialsSubmitted: z.boolean().meta({ title: '已提交考核材料' }),
  note: z.string().trim().max(200).nullable().optional().meta({ title: '备注' }),
});
export const historyRow = z.object({ sheetId: z.uuid(), year: z.number().int(), status: z.enum(['draft', 'published']), total: z.string(), grade: gradeEnum, gradeLabel: z.string(), rank: z.number().int() });
