import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf, requireScope } from '../../../platform/auth/plugin';
import type { AppContext } from '../../../platform/context';
import { forbidden } from '../../../platform/errors';
import { canReadRegionViews } from '../policy';
import { addEntry, removeEntry, setOutcome } from './entries';
import { listBatches, presentBatch } from './repo';
import {
  addEntryBody, advanceBody, batchDetail, batchEntry, batchEntryPage, batchListQuery, batchPage, batchParams, createBatchBody, entryListQuery, entryParams, outcomeBody,
  updateBatchBody,
} from './schemas';
import { advanceBatch, createBatch, deleteBatch, listEntries, loadBatchDetail, updateBatch } from './service';

export const batchRoutes = (ctx: AppContext): FastifyPluginAsyncZod => async (app) => {
  const tags = ['企业培育'];
  const base = '/api/v1/enterprises/batches';

  app.get(base, { schema: { tags, summary: '申报批次列表', querystring: batchListQuery, response: { 200: batchPage } } }, async (request) => {
    const scope = requireScope(request);
    if (!canReadRegionViews(scope)) throw forbidden('您无权查看申报批次');
    const { items, total } = await listBatches(ctx.database.db, scope, request.query);
    return { items: items.map(presentBatch), total, page: request.query.page, pageSize: request.query.pageSize };
  });

  app.post(base, { schema: { tags, summary: '新建申报批次', body: createBatchBody, response: { 201: batchDetail } } }, async (request, reply) =>
    reply.status(201).send(await createBatch(ctx, requireScope(request), actorOf(request), request.body)));

  app.get(`${base}/:batchId`, { schema: { tags, summary: '申报批次详情', params: batchParams, response: { 200: batchDetail } } }, async (request) =>
    loadBatchDetail(ctx.database.db, requireScope(request), request.params.batchId));

  app.patch(`${base}/:batchId`, { schema: { tags, summary: '修改申报批次', params: batchParams, body: updateBatchBody, response: { 200: batchDetail } } },
    async (request) => updateBatch(ctx, requireScope(request), actorOf(request), request.params.batchId, request.body));

  app.delete(`${base}/:batchId`, { schema: { tags, summary: '删除申报批次（仅推荐阶段）', params: batchParams, response: { 204: z.null() } } }, async (request, reply) => {
    await deleteBatch(ctx, requireScope(request), actorOf(request), request.params.batchId);
    return reply.status(204).send(null);
  });

  app.post(`${base}/:batchId/advance`, { schema: { tags, summary: '批次进入下一阶段', params: batchParams, body: advanceBody, response: { 200: batchDetail } } },
    async (request) => advanceBatch(ctx, requireScope(request), actorOf(request), request.params.batchId, request.body));

  app.get(`${base}/:batchId/entries`, {
    schema: { tags, summary: '批次中的推荐企业（分页，按名称排序，可按结果和名称/信用代码筛选）', params: batchParams, querystring: entryListQuery, response: { 200: batchEntryPage } },
  }, async (request) => listEntries(ctx.database.db, requireScope(request), request.params.batchId, request.query));

  app.post(`${base}/:batchId/entries`, { schema: { tags, summary: '推荐企业进入批次', params: batchParams, body: addEntryBody, response: { 201: batchEntry } } },
    async (request, reply) => reply.status(201).send(await addEntry(ctx, requireScope(request), actorOf(request), request.params.batchId, request.body.enterpriseId)));

  app.delete(`${base}/:batchId/entries/:entryId`, { schema: { tags, summary: '移出批次（仅推荐阶段）', params: entryParams, response: { 204: z.null() } } }, async (request, reply) => {
    await removeEntry(ctx, requireScope(request), actorOf(request), request.params.batchId, request.params.entryId);
    return reply.status(204).send(null);
  });

  app.post(`${base}/:batchId/entries/:entryId/outcome`, {
    schema: { tags, summary: '登记企业在批次中的结果', params: entryParams, body: outcomeBody, response: { 200: batchEntry } },
  }, async (request) => setOutcome(ctx, requireScope(request), actorOf(request), request.params.batchId, request.params.entryId, request.body));
};
