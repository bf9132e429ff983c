import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { actorOf, requireScope } from '../../../platform/auth/plugin';
import type { AppContext } from '../../../platform/context';
import { forbidden } from '../../../platform/errors';
import { pagingQuery } from '../../../platform/http/paging';
import { z } from 'zod';
import { enterpriseIdParams } from '../common/schemas';
import { todayOf } from '../common/today';
import { canListEnterprises } from '../policy';
import { auditTrail, auditTrailPage } from './audit-trail';
import { loadEnterpriseDetail } from './detail';
import { enterpriseDetail } from './detail-schema';
import { dictionaries, dictionariesResponse } from './dictionaries';
import { presentEnterpriseRow } from './presenter';
import { listEnterprises } from './repo';
import { createBody, enterprisePage, listQuery, revealPhoneResponse, updateBody } from './schemas';
import { createEnterprise, revealPhone, updateEnterprise } from './service';

export const masterRoutes = (ctx: AppContext): FastifyPluginAsyncZod => async (app) => {
  const tags = ['企业培育'];

  app.get('/api/v1/enterprises', { schema: { tags, summary: '企业列表', querystring: listQuery, response: { 200: enterprisePage } } }, async (request) => {
    const scope = requireScope(request);
    if (!canListEnterprises(scope)) throw forbidden('您无权查看企业库');
    const q = request.query;
    const filter = { ...q, cadre: q.cadre === 'me' ? scope.userId : q.cadre };
    const { items, total, totalExact } = await listEnterprises(ctx.database.db, scope, filter, todayOf(ctx));
    return { items: items.map(presentEnterpriseRow), total, totalExact, page: q.page, pageSize: q.pageSize };
  });

  app.get('/api/v1/enterprises/dictionaries', { schema: { tags, summary: '行业、技术领域与状态字典', response: { 200: dictionariesResponse } } }, async () => dictionaries);

  app.get('/api/v1/enterprises/:id', { schema: { tags, summary: '企业详情', params: enterpriseIdParams, response: { 200: enterpriseDetail } } },
    async (request) => loadEnterpriseDetail(ctx, requireScope(request), request.params.id));

  app.post('/api/v1/enterprises', { schema: { tags, summary: '登记企业', body: createBody, response: { 201: enterpriseDetail } } }, async (request, reply) => {
    const detail = await createEnterprise(ctx, requireScope(request), actorOf(request), request.body);
    return reply.status(201).send(detail);
  });

  app.patch('/api/v1/enterprises/:id', { schema: { tags, summary: '修改企业信息', params: enterpriseIdParams, body: updateBody, response: { 200: enterpriseDetail } } },
    async (request) => updateEnterprise(ctx, requireScope(request), actorOf(request), request.params.id, request.body));

  app.post('/api/v1/enterprises/:id/reveal-phone', {
    schema: { tags, summary: '查看完整联系电话（记入审计）', params: enterpriseIdParams, response: { 200: revealPhoneResponse } },
  }, async (request) => revealPhone(ctx, requireScope(request), actorOf(request), request.params.id));

  app.get('/api/v1/enterprises/:id/audit-trail', {
    schema: { tags, summary: '企业变更记录', params: enterpriseIdParams, querystring: z.object(pagingQuery), response: { 200: auditTrailPage } },
  }, async (request) => auditTrail(ctx, requireScope(request), request.params.id, request.query));
};
