import { and, count, desc, eq, sql } from 'drizzle-orm';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { reviewDraws } from '../../../db/schema/project-reviews';
import { actorOf, requireScope } from '../../../platform/auth/plugin';
import { inRegion } from '../../../platform/authz/scope';
import type { AppContext } from '../../../platform/context';
import { forbidden, notFound } from '../../../platform/errors';
import { offsetOf, pageOf, pagingQuery } from '../../../platform/http/paging';
import { isBureau } from '../shared/access';
import { idParams } from '../shared/zod';
import { drawDetail, drawSummary, presentDrawDetail } from './presenter';
import { drawForCall, replaceDeclined } from './service';

export const drawRoutes = (ctx: AppContext): FastifyPluginAsyncZod => async (app) => {
  const db = ctx.database.db;
  const tags = ['专家评审'];

  const load = async (scope: Parameters<typeof inRegion>[0], id: string) => {
    if (!isBureau(scope)) throw notFound('抽取记录');
    const [row] = await db.select().from(reviewDraws).where(and(eq(reviewDraws.id, id), inRegion(scope, reviewDraws.regionCode)));
    if (!row) throw notFound('抽取记录');
    return row;
  };

  app.get('/api/v1/review-draws', {
    schema: { tags, summary: '抽取记录列表（分页，新的在前）', querystring: z.object({ callId: z.uuid().optional(), ...pagingQuery }), response: { 200: pageOf(drawSummary) } },
  }, async (request) => {
    const scope = requireScope(request);
    if (!isBureau(scope)) throw forbidden('只有科技局工作人员可以查看抽取记录');
    const q = request.query;
    const where = and(inRegion(scope, reviewDraws.regionCode), q.callId ? eq(reviewDraws.callId, q.callId) : undefined);
    // The counts come from the recorded draw in SQL: a record holds the whole expert pool, so only
    // the page's records are read (ordered and cut first), not every record of the region.
    const page = db.select({ id: reviewDraws.id }).from(reviewDraws).where(where)
      .orderBy(desc(reviewDraws.createdAt), desc(reviewDraws.id)).limit(q.pageSize).offset(offsetOf(q)).as('page');
    const [rows, [counted]] = await Promise.all([
      db.select({
        id: reviewDraws.id, callId: reviewDraws.callId, kind: reviewDraws.kind, seed: reviewDraws.seed, createdAt: reviewDraws.createdAt,
        applications: sql<number>`jsonb_array_length(${reviewDraws.record} -> 'input' -> 'applications')`,
        assignments: sql<number>`jsonb_array_length(${reviewDraws.record} -> 'result' -> 'assignments')`,
        exclusions: sql<number>`jsonb_array_length(${reviewDraws.record} -> 'result' -> 'exclusions')`,
      }).from(reviewDraws).innerJoin(page, eq(page.id, reviewDraws.id)).orderBy(desc(reviewDraws.createdAt), desc(reviewDraws.id)),
      db.select({ n: count() }).from(reviewDraws).where(where),
    ]);
    return { items: rows.map((r) => ({ ...r, createdAt: r.createdAt.toISOString() })), total: counted?.n ?? 0, page: q.page, pageSize: q.pageSize };
  });

  app.get('/api/v1/review-draws/:id', { schema: { tags, summary: '抽取记录（分配、回避排除及理由，含重放校验）', params: idParams, response: { 200: drawDetail } } }, async (request) =>
    presentDrawDetail(await load(requireScope(request), request.params.id)));

  app.post('/api/v1/review-draws', {
    schema: {
      tags, summary: '随机抽取评审专家（自动回避）',
      body: z.object({ callId: z.uuid().meta({ title: '申报指南' }), projectIds: z.array(z.uuid()).max(500).optional().meta({ title: '项目（默认全部待抽取项目）' }) }),
      response: { 201: drawDetail },
    },
  }, async (request, reply) => {
    const scope = requireScope(request);
    const id = await drawForCall(ctx, scope, actorOf(request), request.body.callId, request.body.projectIds);
    return reply.status(201).send(presentDrawDetail(await load(scope, id)));
  });

  app.post('/api/v1/reviews/:id/replace', { schema: { tags, summary: '专家拒绝后补抽一名同类专家', params: idParams, response: { 201: drawDetail } } }, async (request, reply) => {
    const scope = requireScope(request);
    const id = await replaceDeclined(ctx, scope, actorOf(request), request.params.id);
    return reply.status(201).send(presentDrawDetail(await load(scope, id)));
  });
};
