import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf, requireScope } from '../../../platform/auth/plugin';
import type { AppContext } from '../../../platform/context';
import { assertCanList } from '../access';
import { idParams, today } from '../common';
import { presentCommissioner } from './presenter';
import { listCommissioners } from './repo';
import { commissionerPage, commissionerRow, createBody, exitBody, listQuery, updateBody } from './schemas';
import { createCommissioner, exitCommissioner, loadCommissioner, revealPhone, updateCommissioner } from './service';

export const rosterRoutes = (ctx: AppContext): FastifyPluginAsyncZod => async (app) => {
  const tags = ['科技特派员'];
  const present = (r: Parameters<typeof presentCommissioner>[1]) => presentCommissioner(ctx, r);

  app.get('/api/v1/commissioners', {
    schema: { tags, summary: '科技特派员名册（含备选库）', querystring: listQuery, response: { 200: commissionerPage } },
  }, async (request) => {
    const scope = requireScope(request);
    assertCanList(scope);
    const { items, total } = await listCommissioners(ctx.database.db, scope, request.query, today(ctx));
    return { items: items.map(present), total, page: request.query.page, pageSize: request.query.pageSize };
  });

  app.get('/api/v1/commissioners/:id', {
    schema: { tags, summary: '科技特派员详情', params: idParams, response: { 200: commissionerRow } },
  }, async (request) => present(await loadCommissioner(ctx, requireScope(request), request.params.id)));

  app.post('/api/v1/commissioners', {
    schema: { tags, summary: '新增科技特派员（备选或在岗）', body: createBody, response: { 201: commissionerRow } },
  }, async (request, reply) => reply.status(201).send(present(await createCommissioner(ctx, requireScope(request), actorOf(request), request.body))));

  app.patch('/api/v1/commissioners/:id', {
    schema: { tags, summary: '修改科技特派员信息', params: idParams, body: updateBody, response: { 200: commissionerRow } },
  }, async (request) => present(await updateCommissioner(ctx, requireScope(request), actorOf(request), request.params.id, request.body)));

  app.post('/api/v1/commissioners/:id/exit', {
    schema: { tags, summary: '退出（结束全部派驻）', params: idParams, body: exitBody, response: { 200: commissionerRow } },
  }, async (request) => present(await exitCommissioner(ctx, requireScope(request), actorOf(request), request.params.id, request.body)));

  app.post('/api/v1/commissioners/:id/reveal-phone', {
    schema: { tags, summary: '查看完整手机号（记入审计）', params: idParams, response: { 200: z.object({ phone: z.string().nullable() }) } },
  }, async (request) => revealPhone(ctx, requireScope(request), actorOf(request), request.params.id));
};
