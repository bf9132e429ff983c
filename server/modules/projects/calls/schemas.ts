import { z } from 'zod';
import { programmeLevels } from '../../../../domain/projects/catalog';
import { projectTracks } from '../../../../domain/projects/states';
import { pageOf, pagingQuery } from '../../../platform/http/paging';
import { money, version } from '../shared/zod';

export const programmeRow = z.object({
  id: z.uuid(),
  regionCode: z.string(),
  name: z.string(),
  level: z.enum(programmeLevels),
  levelLabel: z.string(),
  track: z.enum(projectTracks),
  trackLabel: z.string(),
  description: z.string().nullable(),
  active: z.boolean(),
  version: z.number().int(),
  abilities: z.object({ update: z.boolean() }),
});

export const programmeBody = z.object({
  name: z.string().trim().min(2).max(100).meta({ title: '计划名称' }),
  level: z.enum(programmeLevels).meta({ title: '级别' }),
  track: z.enum(projectTracks).meta({ title: '项目类型' }),
  description: z.string().trim().max(2000).nullable().optional().meta({ title: '说明' }),
});
export const programmePatch = programmeBody.partial().extend({ version, active: z.boolean().optional().meta({ title: '启用' }) });

const scoreSheet = z.object({
  items: z.array(z.object({
    code: z.string().trim().regex(/^[a-z][a-z0-9_]{0,31}$/, '应为小写字母开头的编码'),
    title: z.string().trim().min(1).max(50),
    weight: z.number().int(),
    description: z.string().max(500).optional(),
  })).min(1).max(20),
  commentBelow: z.number().min(0).max(100),
  spreadLimit: z.number().min(0).max(100),
}).meta({ title: '评分表' });

const drawRule = z.object({
  perApplication: z.number().int(),
  minFinancial: z.number().int(),
  minTechnicalPercent: z.number().int(),
}).meta({ title: '抽取规则' });

const attachmentKind = z.object({
  kind: z.string().trim().regex(/^[a-z][a-z0-9_]{0,31}$/, '应为小写字母开头的编码'),
  label: z.string().trim().min(1).max(50),
});

export const callBody = z.object({
  programmeId: z.uuid().meta({ title: '科技计划' }),
  year: z.number().int().min(2000).max(2100).meta({ title: '年度' }),
  title: z.string().trim().min(4).max(200).meta({ title: '指南名称' }),
  description: z.string().trim().max(10000).nullable().optional().meta({ title: '指南说明' }),
  opensAt: z.iso.datetime({ offset: true }).meta({ title: '申报开始时间' }),
  closesAt: z.iso.datetime({ offset: true }).meta({ title: '申报截止时间' }),
  budget: money.meta({ title: '计划资金（元）' }),
  maxFiscalPerProject: money.nullable().optional().meta({ title: '单项财政资金上限（元）' }),
  minSelfToFiscal: z.string().regex(/^\d{1,3}(\.\d{1,2})?$/).nullable().optional().meta({ title: '自筹与财政资金最低比例' }),
  maxMonths: z.number().int().min(1).max(120).nullable().optional().meta({ title: '最长实施期（月）' }),
  requireInRegion: z.boolean().default(true).meta({ title: '限本辖区单位' }),
  requireHnte: z.boolean().default(false).meta({ title: '须为高新技术企业' }),
  requireTechSme: z.boolean().default(false).meta({ title: '须为科技型中小企业' }),
  requiredAttachments: z.array(attachmentKind).max(20).default([]).meta({ title: '必备附件' }),
  scoreSheet,
  drawRule,
});
export const callPatch = callBody.omit({ programmeId: true }).partial().extend({ version });

export const callRow = z.object({
  id: z.uuid(),
  programme: z.object({ id: z.uuid(), name: z.string(), level: z.enum(programmeLevels), track: z.enum(projectTracks) }),
  regionCode: z.string(),
  year: z.number().int(),
  title: z.string(),
  description: z.string().nullable(),
  opensAt: z.string(),
  closesAt: z.string(),
  windowState: z.enum(['not_open', 'open', 'closed']),
  budget: z.string(),
  maxFiscalPerProject: z.string().nullable(),
  minSelfToFiscal: z.string().nullable(),
  maxMonths: z.number().int().nullable(),
  requireInRegion: z.boolean(),
  requireHnte: z.boolean(),
  requireTechSme: z.boolean(),
  requiredAttachments: z.array(z.object({ kind: z.string(), label: z.string() })),
  scoreSheet: scoreSheet,
  drawRule: drawRule,
  applications: z.number().int(),
  version: z.number().int(),
  abilities: z.object({ update: z.boolean(), apply: z.boolean(), draw: z.boolean() }),
});

export const callListQuery = z.object({
  ...pagingQuery,
  year: z.coerce.number().int().optional().meta({ title: '年度' }),
  programmeId: z.uuid().optional().meta({ title: '科技计划' }),
  open: z.enum(['true', 'false']).optional().meta({ title: '仅申报中' }),
});

export const programmeList = z.object({ items: z.array(programmeRow) });
export const callPage = pageOf(callRow);
export type CallRow = z.infer<typeof callRow>;
