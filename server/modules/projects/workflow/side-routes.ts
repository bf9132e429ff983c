import { asc, eq } from 'drizzle-orm';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { budgetCategories, budgetSources } from '../../../../domain/projects/catalog';
import { changeKindLabels, changeKinds, changeStatusLabels } from '../../../../domain/projects/changes';
import { projectChanges, projectObjections } from '../../../db/schema/projects';
import { actorOf, requireScope } from '../../../platform/auth/plugin';
import type { AppContext } from '../../../platform/context';
import { notFound } from '../../../platform/errors';
import { findProject } from '../applications/repo';
import { idParams, isoDate, money, version } from '../shared/zod';
import { decideChangeRequest, recordObjection, requestChange, resolveObjection } from './side-records';

const objectionRow = z.object({
  id: z.uuid(), receivedOn: z.string(), objector: z.string(), content: z.string(), status: z.enum(['open', 'dismissed', 'upheld']), resolution: z.string().nullable(), resolvedAt: z.string().nullable(),
});
const changeRow = z.object({
  id: z.uuid(), kind: z.enum(changeKinds), kindLabel: z.string(), reason: z.string(), payload: z.record(z.string(), z.unknown()),
  status: z.enum(['pending', 'approved', 'rejected']), statusLabel: z.string(), decisionComment: z.string().nullable(), decidedAt: z.string().nullable(), createdAt: z.string(),
});
const objectionsOut = z.object({ items: z.array(objectionRow) });
const changesOut = z.object({ items: z.array(changeRow) });

/** 公示异议 and 项目变更 of one project. */
export const sideRoutes = (ctx: AppContext): FastifyPluginAsyncZod => async (app) => {
  const db = ctx.database.db;
  const tags = ['科技项目'];
  const visible = async (scope: ReturnType<typeof requireScope>, id: string) => {
    if (scope.reach === 'personal' || !(await findProject(db, scope, id))) throw notFound('项目');
  };
  const objections = async (id: string) => ({
    items: (await db.select().from(projectObjections).where(eq(projectObjections.projectId, id)).orderBy(asc(projectObjections.createdAt)))
      .map((o) => ({ ...o, resolvedAt: o.resolvedAt?.toISOString() ?? null })),
  });
  const changes = async (id: string) => ({
    items: (await db.select().from(projectChanges).where(eq(projectChanges.projectId, id)).orderBy(asc(projectChanges.createdAt))).map((c) => ({
      ...c, kindLabel: changeKindLabels[c.kind], statusLabel: changeStatusLabels[c.status], decidedAt: c.decidedAt?.toISOString() ?? null, createdAt: c.createdAt.toISOString(),
    })),
  });

  app.get('/api/v1/projects/:id/objections', { schema: { tags, summary: '公示异议', params: idParams, response: { 200: objectionsOut } } }, async (request) => {
    await visible(requireScope(request), request.params.id);
    return objections(request.params.id);
  });

  app.post('/api/v1/projects/:id/objections', {
    schema: {
      tags, summary: '登记公示异议（须实名、书面）', params: idParams, response: { 201: objectionsOut },
      body: z.object({ receivedOn: isoDate.meta({ title: '收到日期' }), objector: z.string().trim().min(2).max(50).meta({ title: '异议人（实名）' }), content: z.string().trim().min(2).max(5000).meta({ title: '异议内容' }) }),
    },
  }, async (request, reply) => {
    await recordObjection(ctx, requireScope(request), actorOf(request), request.params.id, request.body);
    return reply.status(201).send(await objections(request.params.id));
  });

  app.post('/api/v1/projects/:id/objections/:objectionId/resolve', {
    schema: { tags, summary: '处理公示异议', params: z.object({ id: z.uuid(), objectionId: z.uuid() }), response: { 200: objectionsOut }, body: z.object({ status: z.enum(['dismissed', 'upheld']).meta({ title: '处理结果' }), resolution: z.string().trim().min(2).max(2000).meta({ title: '处理意见' }) }) },
  }, async (request) => {
    await resolveObjection(ctx, requireScope(request), actorOf(request), request.params.id, request.params.objectionId, request.body);
    return objections(request.params.id);
  });

  app.get('/api/v1/projects/:id/changes', { schema: { tags, summary: '项目变更申请', params: idParams, response: { 200: changesOut } } }, async (request) => {
    await visible(requireScope(request), request.params.id);
    return changes(request.params.id);
  });

  app.post('/api/v1/projects/:id/changes', {
    schema: {
      tags, summary: '申请项目变更（延期、预算调整、终止）', params: idParams, response: { 201: changesOut },
      body: z.object({
        kind: z.enum(changeKinds).meta({ title: '变更类型' }),
        reason: z.string().trim().min(2).max(2000).meta({ title: '变更理由' }),
        newEndOn: isoDate.nullable().optional().meta({ title: '延期后的结束日期' }),
        budget: z.array(z.object({ category: z.enum(budgetCategories), source: z.enum(budgetSources), amount: money })).max(40).nullable().optional().meta({ title: '调整后的预算' }),
      }),
    },
  }, async (request, reply) => {
    await requestChange(ctx, requireScope(request), actorOf(request), request.params.id, request.body);
    return reply.status(201).send(await changes(request.params.id));
  });

  app.post('/api/v1/projects/:id/changes/:changeId/decide', {
    schema: {
      tags, summary: '审批项目变更（终止须局领导）', params: z.object({ id: z.uuid(), changeId: z.uuid() }), response: { 200: changesOut },
      body: z.object({ version, approve: z.boolean().meta({ title: '是否批准' }), comment: z.string().trim().max(2000).nullable().optional().meta({ title: '审批意见' }) }),
    },
  }, async (request) => {
    await decideChangeRequest(ctx, requireScope(request), actorOf(request), request.params.id, request.params.changeId, request.body);
    return changes(request.params.id);
  });
};
