import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { fundSources } from '../../../../domain/projects/catalog';
import { actorOf, requireScope } from '../../../platform/auth/plugin';
import type { AppContext } from '../../../platform/context';
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
const summary = z.object({
  items: z.array(z.object({
    programmeId: z.uuid(), programmeName: z.string(), year: z.number().int(), projects: z.number().int(), requested: z.string(), approved: z.string(),
    disbursed: z.string(), bySource, budget: z.string().nullable(), remaining: z.string().nullable(),
  })),
});

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
    schema: { tags, summary: '按计划和年度汇总申请、立项、拨付金额与计划资金', querystring: fundsSummaryQuery, response: { 200: summary } },
  }, async (request) => fundsSummary(ctx.database.db, requireScope(request), request.query.year));
};
