import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { actorOf, requireScope } from '../../../platform/auth/plugin';
import type { AppContext } from '../../../platform/context';
import { forbidden } from '../../../platform/errors';
import { isCommissionerUser, isRegionReader } from '../access';
import { idParams } from '../common';
import { presentEvent, presentNeed, viewerOf } from './presenter';
import { listNeeds, needEvents } from './repo';
import { createNeedBody, needDetail, needPage, needQuery, suggestionList, transitionBody } from './schemas';
import { createNeed, loadNeed, suggestFor, transitionNeed } from './service';

export const needRoutes = (ctx: AppContext): FastifyPluginAsyncZod => async (app) => {
  const tags = ['科技特派员需求对接'];
  const db = ctx.database.db;

  app.get('/api/v1/needs', { schema: { tags, summary: '需求列表', querystring: needQuery, response: { 200: needPage } } }, async (request) => {
    const scope = requireScope(request);
    if (!isRegionReader(scope) && !isCommissionerUser(scope) && scope.reach !== 'organisation') throw forbidden('您的角色不能查看需求');
    const viewer = await viewerOf(db, scope);
    const { items, total } = await listNeeds(db, scope, request.query);
    return { items: items.map((r) => presentNeed(ctx, viewer, r)), total, page: request.query.page, pageSize: request.query.pageSize };
  });

  app.get('/api/v1/needs/:id', { schema: { tags, summary: '需求详情（含处理过程）', params: idParams, response: { 200: needDetail } } }, async (request) => {
    const scope = requireScope(request);
    const row = await loadNeed(ctx, scope, request.params.id);
    const events = await needEvents(db, row.n.id);
    return { ...presentNeed(ctx, await viewerOf(db, scope), row), events: events.map(presentEvent) };
  });

  app.post('/api/v1/needs', { schema: { tags, summary: '登记需求（企业用户登记本企业需求）', body: createNeedBody, response: { 201: needDetail } } }, async (request, reply) => {
    const scope = requireScope(request);
    const row = await createNeed(ctx, scope, actorOf(request), request.body);
    const events = await needEvents(db, row.n.id);
    return reply.status(201).send({ ...presentNeed(ctx, await viewerOf(db, scope), row), events: events.map(presentEvent) });
  });

  app.post('/api/v1/needs/:id/transitions', {
    schema: { tags, summary: '派单 / 退回 / 开始服务 / 办结 / 评价 / 关闭', params: idParams, body: transitionBody, response: { 200: needDetail } },
  }, async (request) => {
    const scope = requireScope(request);
    const row = await transitionNeed(ctx, scope, actorOf(request), request.params.id, request.body);
    const events = await needEvents(db, row.n.id);
    return { ...presentNeed(ctx, await viewerOf(db, scope), row), events: events.map(presentEvent) };
  });

  app.get('/api/v1/needs/:id/suggestions', { schema: { tags, summary: '推荐科技特派员（专业、地点、在办数量）', params: idParams, response: { 200: suggestionList } } },
    async (request) => ({ items: await suggestFor(ctx, requireScope(request), request.params.id) }));
};
