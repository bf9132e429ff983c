import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { actorOf, requireScope } from '../../../platform/auth/plugin';
import type { AppContext } from '../../../platform/context';
import { assertCanList } from '../access';
import { idParams, today } from '../common';
import { listAssignments } from './repo';
import { assignmentPage, assignmentQuery, assignmentRow, createAssignmentBody, updateAssignmentBody } from './schemas';
import { createAssignment, loadAssignment, presentAssignment, updateAssignment } from './service';

export const assignmentRoutes = (ctx: AppContext): FastifyPluginAsyncZod => async (app) => {
  const tags = ['科技特派员'];
  app.get('/api/v1/commissioner-assignments', {
    schema: { tags, summary: '派驻记录（村、企业、合作社）', querystring: assignmentQuery, response: { 200: assignmentPage } },
  }, async (request) => {
    const scope = requireScope(request);
    assertCanList(scope);
    const { items, total } = await listAssignments(ctx.database.db, scope, request.query, today(ctx));
    return { items: items.map(presentAssignment), total, page: request.query.page, pageSize: request.query.pageSize };
  });
  app.get('/api/v1/commissioner-assignments/:id', {
    schema: { tags, summary: '派驻详情', params: idParams, response: { 200: assignmentRow } },
  }, async (request) => presentAssignment(await loadAssignment(ctx, requireScope(request), request.params.id)));
  app.post('/api/v1/commissioner-assignments', {
    schema: { tags, summary: '派驻', body: createAssignmentBody, response: { 201: assignmentRow } },
  }, async (request, reply) => reply.status(201).send(presentAssignment(await createAssignment(ctx, requireScope(request), actorOf(request), request.body))));
  app.patch('/api/v1/commissioner-assignments/:id', {
    schema: { tags, summary: '修改派驻期限（填结束日期即结束派驻）', params: idParams, body: updateAssignmentBody, response: { 200: assignmentRow } },
  }, async (request) => presentAssignment(await updateAssignment(ctx, requireScope(request), actorOf(request), request.params.id, request.body)));
};
