import { z } from 'zod';
import { budgetCategories, budgetSources } from '../../../../domain/projects/catalog';
import { projectEvents } from '../../../../domain/projects/events';
import { projectStates, projectTracks } from '../../../../domain/projects/states';
import { pageOf, pagingQuery } from '../../../platform/http/paging';
import { isoDate, money, version } from '../shared/zod';

const person = z.object({ name: z.string().trim().max(50), title: z.string().trim().max(50).nullable().optional(), phone: z.string().trim().max(20).nullable().optional() });
const member = z.object({ name: z.string().trim().min(1).max(50), role: z.string().trim().max(50).nullable().optional(), organisation: z.string().trim().max(100).nullable().optional() });
const budgetLine = z.object({ category: z.enum(budgetCategories), source: z.enum(budgetSources), amount: money });

export const contentFields = {
  title: z.string().trim().max(200).meta({ title: '项目名称' }),
  field: z.string().trim().max(40).nullable().meta({ title: '技术领域' }),
  leader: person.nullable().meta({ title: '项目负责人' }),
  team: z.array(member).max(50).meta({ title: '项目组成员' }),
  partners: z.array(z.object({ name: z.string().trim().min(1).max(100), organisationId: z.uuid().nullable().optional() })).max(20).meta({ title: '合作单位' }),
  startOn: isoDate.nullable().meta({ title: '开始日期' }),
  endOn: isoDate.nullable().meta({ title: '结束日期' }),
  budget: z.array(budgetLine).max(40).meta({ title: '经费预算' }),
  goals: z.string().trim().max(20000).nullable().meta({ title: '项目目标' }),
  kpis: z.array(z.object({ name: z.string().trim().min(1).max(100), target: z.string().trim().min(1).max(100) })).max(50).meta({ title: '考核指标' }),
};

export const createBody = z.object({
  callId: z.uuid().meta({ title: '申报指南' }),
  enterpriseId: z.uuid().optional().meta({ title: '申报企业（业务科室代录纸质申报时必填）' }),
});
export const saveBody = z.object({ version, ...z.object(contentFields).partial().shape });

export const listQuery = z.object({
  ...pagingQuery,
  q: z.string().trim().max(100).optional().meta({ title: '关键字' }),
  callId: z.uuid().optional().meta({ title: '申报指南' }),
  programmeId: z.uuid().optional().meta({ title: '科技计划' }),
  year: z.coerce.number().int().optional().meta({ title: '年度' }),
  state: z.enum(projectStates).optional().meta({ title: '状态' }),
  stage: z.enum(['application', 'review', 'approval', 'implementation', 'closed']).optional().meta({ title: '阶段' }),
  track: z.enum(projectTracks).optional().meta({ title: '项目类型' }),
  regionCode: z.string().regex(/^\d{2,12}$/).optional().meta({ title: '地区' }),
});

const money2 = z.string();
export const projectRow = z.object({
  id: z.uuid(),
  title: z.string(),
  state: z.enum(projectStates),
  stateLabel: z.string(),
  track: z.enum(projectTracks),
  year: z.number().int(),
  call: z.object({ id: z.uuid(), title: z.string() }),
  programme: z.object({ id: z.uuid(), name: z.string() }),
  applicant: z.object({ enterpriseId: z.uuid(), name: z.string(), regionCode: z.string() }),
  field: z.string().nullable(),
  fieldLabel: z.string().nullable(),
  requestedFiscal: money2,
  approvedAmount: money2.nullable(),
  disbursed: money2,
  projectNo: z.string().nullable(),
  submittedAt: z.string().nullable(),
  updatedAt: z.string(),
  version: z.number().int(),
});

export const libraryPage = pageOf(projectRow).extend({
  totals: z.object({ count: z.number().int(), requested: money2, approved: money2, disbursed: money2 }),
});

const action = z.object({ event: z.enum(projectEvents), label: z.string(), comment: z.string().nullable(), blockedReason: z.string().nullable() });

export const projectDetail = projectRow.extend({
  content: z.object({ ...contentFields, title: z.string() }),
  applicantInfo: z.object({
    name: z.string(), uscc: z.string(), regionCode: z.string(), regionName: z.string().nullable(), address: z.string().nullable(),
    legalRep: z.string().nullable(), isHnte: z.boolean(), isTechSme: z.boolean(), frozen: z.boolean(),
  }),
  budgetTotals: z.object({ fiscal: money2, self: money2, total: money2 }),
  requiredAttachments: z.array(z.object({ kind: z.string(), label: z.string() })),
  completeness: z.array(z.object({ field: z.string(), message: z.string() })),
  publicity: z.object({ startsOn: z.string(), endsOn: z.string() }).nullable(),
  fundingWon: money2.nullable(),
  enteredByStaff: z.boolean(),
  actions: z.array(action),
  abilities: z.object({ edit: z.boolean(), upload: z.boolean(), disburse: z.boolean(), viewReviews: z.boolean(), recordObjection: z.boolean(), requestChange: z.boolean(), archive: z.boolean() }),
});

export type ProjectRowOut = z.infer<typeof projectRow>;
export type ProjectDetailOut = z.infer<typeof projectDetail>;
