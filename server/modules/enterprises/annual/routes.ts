import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { actorOf, requireScope } from '../../../platform/auth/plugin';
import type { AppContext } from '../../../platform/context';
import { notFound } from '../../../platform/errors';
import { enterpriseIdParams } from '../common/schemas';
import { todayOf } from '../common/today';
import { findEnterprise } from '../master/repo';
import { annualData, annualBody, annualList, revisionList, yearParams } from './schemas';
import { annualRowOf, annualRowsOf, figuresOf, presentAnnual, revisionsOf } from './repo';
import { upsertAnnualData } from './service';

export const annualRoutes = (ctx: AppContext): FastifyPluginAsyncZod => async (app) => {
  const tags = ['企业培育'];
  const { db } = ctx.database;
  const reachable = async (scope: ReturnType<typeof requireScope>, id: string) => {
    if (!(await findEnterprise(db, scope, id, todayOf(ctx)))) throw notFound('企业');
  };

  app.get('/api/v1/enterprises/:id/annual-data', { schema: { tags, summary: '企业年度数据', params: enterpriseIdParams, response: { 200: annualList } } }, async (request) => {
    await reachable(requireScope(request), request.params.id);
    return { items: (await annualRowsOf(db, [request.params.id])).map(presentAnnual) };
  });

  app.put('/api/v1/enterprises/:id/annual-data/:year', {
    schema: { tags, summary: '填报或修改某年度数据', params: yearParams, body: annualBody, response: { 200: annualData, 201: annualData } },
  }, async (request, reply) => {
    const { id, year } = request.params;
    const { version, ...figures } = request.body;
    const { action } = await db.transaction((tx) =>
      upsertAnnualData(tx, requireScope(request), actorOf(request), id, year, figures, { version, requireVersion: true, today: todayOf(ctx) }));
    const row = (await annualRowOf(db, id, year))!;
    return reply.status(action === 'created' ? 201 : 200).send(presentAnnual(row));
  });

  app.get('/api/v1/enterprises/:id/annual-data/:year/revisions', {
    schema: { tags, summary: '年度数据修改历史', params: yearParams, response: { 200: revisionList } },
  }, async (request) => {
    await reachable(requireScope(request), request.params.id);
    const rows = await revisionsOf(db, request.params.id, request.params.year);
    return {
      items: rows.map((r) => ({
        revision: r.revision,
        figures: figuresOf(r.figures as never),
        source: r.source,
        enteredBy: r.enteredById ? { id: r.enteredById, name: r.enteredByName ?? '' } : null,
        enteredAt: r.enteredAt.toISOString(),
      })),
    };
  });
};
