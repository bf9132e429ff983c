import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { actorOf, requireScope } from '../../../platform/auth/plugin';
import type { AppContext } from '../../../platform/context';
import { notFound } from '../../../platform/errors';
import { enterpriseIdParams } from '../common/schemas';
import { todayOf } from '../common/today';
import { enterpriseDetail } from '../master/detail-schema';
import { findEnterprise } from '../master/repo';
import { funnelMovesOf, presentFunnelMove } from './repo';
import { funnelMoveList, moveBody } from './schemas';
import { moveEnterprise } from './service';

export const funnelRoutes = (ctx: AppContext): FastifyPluginAsyncZod => async (app) => {
  const tags = ['企业培育'];

  app.get('/api/v1/enterprises/:id/funnel-moves', { schema: { tags, summary: '培育阶段调整记录', params: enterpriseIdParams, response: { 200: funnelMoveList } } }, async (request) => {
    if (!(await findEnterprise(ctx.database.db, requireScope(request), request.params.id, todayOf(ctx)))) throw notFound('企业');
    return { items: (await funnelMovesOf(ctx.database.db, [request.params.id])).map(presentFunnelMove) };
  });

  app.post('/api/v1/enterprises/:id/funnel-moves', {
    schema: { tags, summary: '调整培育阶段', params: enterpriseIdParams, body: moveBody, response: { 200: enterpriseDetail } },
  }, async (request) => moveEnterprise(ctx, requireScope(request), actorOf(request), request.params.id, request.body));
};
