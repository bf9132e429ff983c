import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf, requireScope } from '../../../platform/auth/plugin';
import type { AppContext } from '../../../platform/context';
import { notFound } from '../../../platform/errors';
import { hnteReportsOf } from '../common/assess';
import { loadFacts } from '../common/facts';
import { enterpriseIdParams } from '../common/schemas';
import { todayOf } from '../common/today';
import { findEnterprise } from '../master/repo';
import { fileHnteReport } from './reports';
import { presentTier, tiersOf } from './repo';
import { endTierBody, fileReportBody, reportSummary, tier, tierBody, tierList, tierParams } from './schemas';
import { createTier, endTier } from './service';

export const tierRoutes = (ctx: AppContext): FastifyPluginAsyncZod => async (app) => {
  const tags = ['企业培育'];
  const { db } = ctx.database;
  const reachable = async (scope: ReturnType<typeof requireScope>, id: string) => {
    if (!(await findEnterprise(db, scope, id, todayOf(ctx)))) throw notFound('企业');
  };

  app.get('/api/v1/enterprises/:id/tiers', { schema: { tags, summary: '企业资质（含历史）', params: enterpriseIdParams, response: { 200: tierList } } }, async (request) => {
    await reachable(requireScope(request), request.params.id);
    const asOf = todayOf(ctx);
    return { items: (await tiersOf(db, [request.params.id])).map((t) => presentTier(t, asOf)) };
  });

  app.post('/api/v1/enterprises/:id/tiers', { schema: { tags, summary: '登记资质', params: enterpriseIdParams, body: tierBody, response: { 201: tier } } }, async (request, reply) => {
    const row = await createTier(ctx, requireScope(request), actorOf(request), request.params.id, request.body);
    return reply.status(201).send(presentTier(row, todayOf(ctx)));
  });

  app.post('/api/v1/enterprises/:id/tiers/:tierId/end', {
    schema: { tags, summary: '资质被替代或撤销', params: tierParams, body: endTierBody, response: { 200: tier } },
  }, async (request) => {
    const row = await endTier(ctx, requireScope(request), actorOf(request), request.params.id, request.params.tierId, request.body);
    return presentTier(row, todayOf(ctx));
  });

  app.get('/api/v1/enterprises/:id/hnte-reports', { schema: { tags, summary: '高企年报填报情况', params: enterpriseIdParams, response: { 200: reportSummary } } }, async (request) => {
    await reachable(requireScope(request), request.params.id);
    const facts = (await loadFacts(db, [request.params.id], false)).get(request.params.id)!;
    const summary = hnteReportsOf(facts, todayOf(ctx));
    return summary ? { items: summary.years, missed: summary.missed, flagged: summary.flagged } : { items: [], missed: 0, flagged: false };
  });

  app.post('/api/v1/enterprises/:id/hnte-reports', {
    schema: { tags, summary: '登记高企年报已填报', params: enterpriseIdParams, body: fileReportBody, response: { 201: z.null() } },
  }, async (request, reply) => {
    await fileHnteReport(ctx, requireScope(request), actorOf(request), request.params.id, request.body);
    return reply.status(201).send(null);
  });
};
