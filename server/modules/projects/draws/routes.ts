import { and, desc, eq } from 'drizzle-orm';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { reviewDraws } from '../../../db/schema/project-reviews';
import { actorOf, requireScope } from '../../../platform/auth/plugin';
import { inRegion } from '../../../platform/authz/scope';
import type { AppContext } from '../../../platform/context';
import { forbidden, notFound } from '../../../platform/errors';
import { isBureau } from '../shared/access';
import { idParams } from '../shared/zod';
import { drawDetail, drawSummary, presentDrawDetail, presentDrawSummary } from './presenter';
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
    schema: { tags, summary: '抽取记录列表', querystring: z.object({ callId: z.uuid().optional() }), response: { 200: z.object({ items: z.array(drawSummary) }) } },
  }, async (request) => {
    const scope = requireScope(request);
    if (!isBureau(scope)) throw forbidden('只有科技局工作人员可以查看抽取记录');
    const rows = await db.select().from(reviewDraws)
      .where(and(inRegion(scope, reviewDraws.regionCode), request.query.callId ? eq(reviewDraws.callId, request.query.callId) : undefined))
      .orderBy(desc(reviewDraws.createdAt)).limit(200);
    return { items: rows.map(presentDrawSummary) };
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
