import { count } from 'drizzle-orm';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { researchFieldLabels } from '../../../../domain/projects/catalog';
import { stateLabels, trackLabels } from '../../../../domain/projects/states';
import type { AppContext } from '../../../platform/context';
import { createExportTask, defineSheet, type ExportQuery, pagedRows, registerExportRoute, type RowOfSheet } from '../../../platform/excel';
import { type LibraryFilter, libraryChunk, libraryMatching } from './repo';
import { listQuery } from './schemas';

/** Excel dictionaries map label → value. */
const byLabel = (labels: Record<string, string>) => Object.fromEntries(Object.entries(labels).map(([v, l]) => [l, v]));

/** 项目库 as a spreadsheet, with the same filters as the list. */
export const librarySheet = defineSheet({
  name: '项目库',
  title: '科技项目库',
  instructions: ['本表为科技项目库导出数据，金额单位为元。'],
  columns: [
    { key: 'projectNo', header: '项目编号', kind: 'text', width: 18 },
    { key: 'title', header: '项目名称', kind: 'text', required: true, width: 36 },
    { key: 'applicant', header: '申报单位', kind: 'text', width: 30 },
    { key: 'programme', header: '科技计划', kind: 'text', width: 28 },
    { key: 'call', header: '申报指南', kind: 'text', width: 36 },
    { key: 'year', header: '年度', kind: 'integer', width: 8 },
    { key: 'track', header: '项目类型', kind: 'enum', dictionary: byLabel(trackLabels), width: 16 },
    { key: 'state', header: '状态', kind: 'enum', dictionary: byLabel(stateLabels), width: 12 },
    { key: 'field', header: '技术领域', kind: 'enum', dictionary: byLabel(researchFieldLabels), width: 16 },
    { key: 'requestedFiscal', header: '申请财政资金（元）', kind: 'decimal', width: 16 },
    { key: 'requestedSelf', header: '自筹资金（元）', kind: 'decimal', width: 16 },
    { key: 'approvedAmount', header: '立项金额（元）', kind: 'decimal', width: 16 },
    { key: 'disbursed', header: '已拨付（元）', kind: 'decimal', width: 16 },
    { key: 'startOn', header: '开始日期', kind: 'date', width: 12 },
    { key: 'endOn', header: '结束日期', kind: 'date', width: 12 },
  ] as const,
});

type Filter = Omit<LibraryFilter, 'page' | 'pageSize'>;
const exportFilter = listQuery.omit({ page: true, pageSize: true });

const query: ExportQuery<Filter, RowOfSheet<typeof librarySheet>> = {
  filter: exportFilter,
  async count(db, scope, f) {
    const [row] = await db.select({ n: count() }).from(libraryMatching(db, scope, f).as('m'));
    return row?.n ?? 0;
  },
  matching: (db, scope, f) => libraryMatching(db, scope, f),
  async *rows(db, scope, f) {
    for await (const r of pagedRows((after: string | null, limit) => libraryChunk(db, scope, f, after, limit), (r) => r.project.id)) {
      const p = r.project;
      yield {
        projectNo: p.projectNo, title: p.title, applicant: r.applicantName, programme: r.programme.name, call: r.call.title, year: p.year, track: p.track,
        state: p.state, field: p.field, requestedFiscal: p.requestedFiscal, requestedSelf: p.requestedSelf, approvedAmount: p.approvedAmount,
        disbursed: r.disbursed, startOn: p.startOn, endOn: p.endOn,
      };
    }
  },
};

const libraryTask = createExportTask('projects.export', librarySheet, query);

/** 导出 of the library: at once up to 5,000 projects, a tracked task above (a province holds tens of thousands). */
export const exportRoutes = (ctx: AppContext): FastifyPluginAsyncZod => async (app) => {
  registerExportRoute(app, ctx, {
    basePath: '/api/v1/projects', tag: '科技项目', sheet: librarySheet, exportQuery: query, exportTaskKind: libraryTask.kind,
    policy: { canExport: (scope) => scope.reach !== 'personal', refusal: '评审专家不能导出项目库' },
  });
};
