import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf, requireScope } from '../../platform/auth/plugin';
import type { AppContext } from '../../platform/context';
import { forbidden } from '../../platform/errors';
import { canViewUsers } from './policy';
import { presentUser } from './presenter';
import { listUsers } from './repo';
import { createBody, idParams, listQuery, resetPasswordBody, rolesBody, updateBody, userPage, userRow } from './schemas';
import { createUser, loadUser, resetPassword, revealMobile, setRoles, unlockUser, updateUser } from './service';

export const userRoutes = (ctx: AppContext): FastifyPluginAsyncZod => async (app) => {
  const tags = ['用户'];

  app.get('/api/v1/users', { schema: { tags, summary: '用户列表', querystring: listQuery, response: { 200: userPage } } }, async (request) => {
    const scope = requireScope(request);
    if (!canViewUsers(scope)) throw forbidden('只有系统管理员、安全管理员可以查看账号');
    const { items, total } = await listUsers(ctx.database.db, scope, request.query);
    return { items: items.map((u) => presentUser(ctx, scope, u)), total, page: request.query.page, pageSize: request.query.pageSize };
  });

  app.get('/api/v1/users/:id', { schema: { tags, summary: '用户详情', params: idParams, response: { 200: userRow } } }, async (request) => {
    const scope = requireScope(request);
    return presentUser(ctx, scope, await loadUser(ctx, scope, request.params.id));
  });

  app.post('/api/v1/users', { schema: { tags, summary: '新建用户', body: createBody, response: { 201: userRow } } }, async (request, reply) => {
    const scope = requireScope(request);
    return reply.status(201).send(presentUser(ctx, scope, await createUser(ctx, scope, actorOf(request), request.body)));
  });

  app.patch('/api/v1/users/:id', { schema: { tags, summary: '修改用户', params: idParams, body: updateBody, response: { 200: userRow } } }, async (request) => {
    const scope = requireScope(request);
    return presentUser(ctx, scope, await updateUser(ctx, scope, actorOf(request), request.params.id, request.body));
  });

  app.put('/api/v1/users/:id/roles', { schema: { tags, summary: '设置角色', params: idParams, body: rolesBody, response: { 200: userRow } } }, async (request) => {
    const scope = requireScope(request);
    return presentUser(ctx, scope, await setRoles(ctx, scope, actorOf(request), request.params.id, request.body.version, request.body.roles));
  });

  app.post('/api/v1/users/:id/unlock', { schema: { tags, summary: '解锁账号', params: idParams, response: { 200: userRow } } }, async (request) => {
    const scope = requireScope(request);
    return presentUser(ctx, scope, await unlockUser(ctx, scope, actorOf(request), request.params.id));
  });

  app.post('/api/v1/users/:id/reset-password', {
    schema: { tags, summary: '重置密码（用户下次登录须修改）', params: idParams, body: resetPasswordBody, response: { 204: z.null() } },
  }, async (request, reply) => {
    await resetPassword(ctx, requireScope(request), actorOf(request), request.params.id, request.body.newPassword);
    return reply.status(204).send(null);
  });

  app.post('/api/v1/users/:id/reveal-mobile', {
    schema: { tags, summary: '查看完整手机号（记入审计）', params: idParams, response: { 200: z.object({ mobile: z.string().nullable() }) } },
  }, async (request) => revealMobile(ctx, requireScope(request), actorOf(request), request.params.id));
};
