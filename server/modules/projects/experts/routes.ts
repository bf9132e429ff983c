import { asc, eq } from 'drizzle-orm';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { expertConflicts } from '../../../db/schema/project-reviews';
import { actorOf, requireScope } from '../../../platform/auth/plugin';
import type { AppContext } from '../../../platform/context';
import { forbidden, notFound } from '../../../platform/errors';
import { isBureau } from '../shared/access';
import { idParams } from '../shared/zod';
import { presentExpert } from './presenter';
import { findExpert, listExperts } from './repo';
import { conflictBody, conflictList, conflictRow, expertBody, expertConflictParams, expertListQuery, expertPage, expertPatch, expertRow } from './schemas';
import { addConflict, createExpert, removeConflict, revealExpertPhone, updateExpert } from './service';

export const expertRoutes = (ctx: AppContext): FastifyPluginAsyncZod => async (app) => {
  const db = ctx.database.db;
  const tags = ['专家库'];
  const year = () => ctx.now().getFullYear();
  const conflictOut = (c: typeof expertConflicts.$inferSelect) => ({ ...c, createdAt: c.createdAt.toISOString() });

  app.get('/api/v1/experts', { schema: { tags, summary: '专家库', querystring: expertListQuery, response: { 200: expertPage } } }, async (request) => {
    const scope = requireScope(request);
    if (!isBureau(scope)) throw forbidden('只有科技局工作人员可以查看专家库');
    const { items, total } = await listExperts(db, scope, request.query, year());
    return { items: items.map((e) => presentExpert(ctx, scope, e)), total, page: request.query.page, pageSize: request.query.pageSize };
  });

  app.get('/api/v1/experts/:id', { schema: { tags, summary: '专家详情（专家本人可查看自己的）', params: idParams, response: { 200: expertRow } } }, async (request) => {
    const scope = requireScope(request);
    const row = await findExpert(db, scope, request.params.id, year());
    if (!row) throw notFound('专家');
    return presentExpert(ctx, scope, row);
  });

  app.post('/api/v1/experts', { schema: { tags, summary: '登记专家', body: expertBody, response: { 201: expertRow } } }, async (request, reply) => {
    const scope = requireScope(request);
    return reply.status(201).send(presentExpert(ctx, scope, await createExpert(ctx, scope, actorOf(request), request.body)));
  });

  app.patch('/api/v1/experts/:id', { schema: { tags, summary: '修改专家信息', params: idParams, body: expertPatch, response: { 200: expertRow } } }, async (request) => {
    const scope = requireScope(request);
    return presentExpert(ctx, scope, await updateExpert(ctx, scope, actorOf(request), request.params.id, request.body));
  });

  app.post('/api/v1/experts/:id/reveal-phone', {
    schema: { tags, summary: '查看专家完整手机号（记入审计）', params: idParams, response: { 200: z.object({ phone: z.string().nullable() }) } },
  }, async (request) => revealExpertPhone(ctx, requireScope(request), actorOf(request), request.params.id));

  app.get('/api/v1/experts/:id/conflicts', { schema: { tags, summary: '回避记录', params: idParams, response: { 200: conflictList } } }, async (request) => {
    const scope = requireScope(request);
    if (!isBureau(scope) || !(await findExpert(db, scope, request.params.id, year()))) throw notFound('专家');
    const rows = await db.select().from(expertConflicts).where(eq(expertConflicts.expertId, request.params.id)).orderBy(asc(expertConflicts.createdAt));
    return { items: rows.map(conflictOut) };
  });

  app.post('/api/v1/experts/:id/conflicts', { schema: { tags, summary: '登记回避关系（近年合作、利害关系）', params: idParams, body: conflictBody, response: { 201: conflictRow } } }, async (request, reply) => {
    const row = await addConflict(ctx, requireScope(request), actorOf(request), request.params.id, request.body);
    return reply.status(201).send(conflictOut(row));
  });

  app.delete('/api/v1/experts/:id/conflicts/:conflictId', { schema: { tags, summary: '删除回避记录', params: expertConflictParams, response: { 204: z.null() } } }, async (request, reply) => {
    await removeConflict(ctx, requireScope(request), actorOf(request), request.params.id, request.params.conflictId);
    return reply.status(204).send(null);
  });
};
