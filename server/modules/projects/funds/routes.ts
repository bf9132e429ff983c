import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { fundSources } from '../../../../domain/projects/catalog';
import { actorOf, requireScope } from '../../../platform/auth/plugin';
import type { AppContext } from '../../../platform/context';
import { pageOf } from '../../../platform/http/paging';
import { idParams, isoDate, money } from '../shared/zod';
import { fundsSummary, fundsSummaryQuery } from './summary';
import { addDisbursement, listDisbursements } from './service';

const disbursementList = z.object({
  items: z.array(z.object({
    id: z.uuid(), amount: z.string(), source: z.enum(fundSources), sourceLabel: z.string(), paidOn: z.string(), voucherNo: z.string(), note: z.string().nullable(), createdAt: z.string(),
  })),
  approved: z.string().nullable(),
  disbursed: z.string(),
  remaining: z.string().nullable(),
  abilities: z.object({ create: z.boolean() }),
});

const disbursementBody = z.object({
  amount: money.meta({ title: '拨付金额（元）' }),
  source: z.enum(fundSources).meta({ title: '资金来源' }),
  paidOn: isoDate.meta({ title: '拨付日期' }),
  voucherNo: z.string().trim().min(1).max(50).meta({ title: '凭证号' }),
  note: z.string().trim().max(500).nullable().optional().meta({ title: '备注' }),
});

const bySource = z.object({ county: z.string(), city_match: z.string(), province_match: z.string() });
const money2 = z.string().meta({ description: '元，两位小数' });
const sums = {
  projects: z.number().int().meta({ title: '项目数' }), requested: money2.meta({ title: '申请财政资金' }), approved: money2.meta({ title: '立项金额' }),
  disbursed: money2.meta({ title: '已拨付' }), bySource, budget: money2.nullable().meta({ title: '计划资金（当年申报指南资金之和）' }),
  remaining: money2.nullable().meta({ title: '计划结余（计划资金 − 立项金额）', description: '仅县级科技计划；推荐上级和自筹备案的计划为空' }),
};
const summary = pageOf(z.object({
  programmeId: z.uuid(), programmeName: z.string(), regionCode: z.string(), regionName: z.string().meta({ title: '计划所属地区' }), year: z.number().int(), ...sums,
})).extend({ totals: z.object(sums).meta({ title: '全部符合条件的计划和年度的合计' }) });

export const fundRoutes = (ctx: AppContext): FastifyPluginAsyncZod => async (app) => {
  const tags = ['项目经费'];

  app.get('/api/v1/projects/:id/disbursements', { schema: { tags, summary: '项目经费拨付记录', params: idParams, response: { 200: disbursementList } } }, async (request) =>
    listDisbursements(ctx, requireScope(request), request.params.id));

  app.post('/api/v1/projects/:id/disbursements', {
    schema: { tags, summary: '登记经费拨付（累计不得超过立项金额）', params: idParams, body: disbursementBody, response: { 201: disbursementList } },
  }, async (request, reply) => {
    const scope = requireScope(request);
    await addDisbursement(ctx, scope, actorOf(request), request.params.id, request.body);
    return reply.status(201).send(await listDisbursements(ctx, scope, request.params.id));
  });

  app.get('/api/v1/funds/summary', {
    schema: { tags, summary: '按计划和年度汇总申请、立项、拨付金额与计划资金（分页，附合计）', querystring: fundsSummaryQuery, response: { 200: summary } },
  }, async (request) => fundsSummary(ctx.database.db, requireScope(request), request.query));
};
