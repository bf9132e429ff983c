import { asc, eq } from 'drizzle-orm';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { eventLabels, type ProjectEvent } from '../../../../domain/projects/events';
import { projectEvents } from '../../../db/schema/projects';
import { actorOf, requireScope } from '../../../platform/auth/plugin';
import type { AppContext } from '../../../platform/context';
import { notFound } from '../../../platform/errors';
import { idParams } from '../shared/zod';
import { transitionBody, timeline } from '../workflow/schemas';
import { transitionProject } from '../workflow/service';
import { presentDetail, presentRow } from './presenter';
import { findProject, listProjects } from './repo';
import { createBody, libraryPage, listQuery, projectDetail, saveBody } from './schemas';
import { createApplication, saveApplication } from './service';

export const applicationRoutes = (ctx: AppContext): FastifyPluginAsyncZod => async (app) => {
  const db = ctx.database.db;
  const tags = ['科技项目'];

  app.get('/api/v1/projects', { schema: { tags, summary: '项目库（含申报书），带金额合计', querystring: listQuery, response: { 200: libraryPage } } }, async (request) => {
    const scope = requireScope(request);
    const { items, totals } = await listProjects(db, scope, request.query);
    return { items: items.map(presentRow), total: totals.count, totals, page: request.query.page, pageSize: request.query.pageSize };
  });

  app.get('/api/v1/projects/:id', { schema: { tags, summary: '项目详情（含可执行操作）', params: idParams, response: { 200: projectDetail } } }, async (request) => {
    const scope = requireScope(request);
    const row = await findProject(db, scope, request.params.id);
    if (!row) throw notFound('项目');
    return presentDetail(ctx, scope, row);
  });

  app.post('/api/v1/projects', { schema: { tags, summary: '新建申报书（从企业库预填）', body: createBody, response: { 201: projectDetail } } }, async (request, reply) => {
    const scope = requireScope(request);
    const row = await createApplication(ctx, scope, actorOf(request), request.body);
    return reply.status(201).send(await presentDetail(ctx, scope, row));
  });

  app.patch('/api/v1/projects/:id', { schema: { tags, summary: '保存申报书草稿（自动保存）', params: idParams, body: saveBody, response: { 200: projectDetail } } }, async (request) => {
    const scope = requireScope(request);
    return presentDetail(ctx, scope, await saveApplication(ctx, scope, actorOf(request), request.params.id, request.body));
  });

  app.post('/api/v1/projects/:id/transitions', {
    schema: { tags, summary: '办理流程（提交、形式审查、立项、验收……）', params: idParams, body: transitionBody, response: { 200: projectDetail } },
  }, async (request) => {
    const scope = requireScope(request);
    return presentDetail(ctx, scope, await transitionProject(ctx, scope, actorOf(request), request.params.id, request.body));
  });

  app.get('/api/v1/projects/:id/timeline', { schema: { tags, summary: '项目办理记录', params: idParams, response: { 200: timeline } } }, async (request) => {
    const scope = requireScope(request);
    if (!(await findProject(db, scope, request.params.id))) throw notFound('项目');
    const rows = await db.select().from(projectEvents).where(eq(projectEvents.projectId, request.params.id)).orderBy(asc(projectEvents.id));
    return {
      items: rows.map((e) => ({
        ...e,
        label: e.event === 'create' ? '创建申报书' : (eventLabels[e.event as ProjectEvent] ?? e.event),
        at: e.at.toISOString(),
      })),
    };
  });
};
