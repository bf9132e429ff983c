import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { actorOf, requireScope } from '../../../platform/auth/plugin';
import type { AppContext } from '../../../platform/context';
import { forbidden, notFound } from '../../../platform/errors';
import { idParams } from '../shared/zod';
import { presentCall, presentProgramme } from './presenter';
import { findCall, findProgramme, listCalls, listProgrammes } from './repo';
import { callBody, callListQuery, callPage, callPatch, callRow, programmeBody, programmeList, programmePatch, programmeRow } from './schemas';
import { createCall, createProgramme, updateCall, updateProgramme } from './service';

export const callRoutes = (ctx: AppContext): FastifyPluginAsyncZod => async (app) => {
  const db = ctx.database.db;
  const tags = ['科技项目'];

  app.get('/api/v1/programmes', { schema: { tags, summary: '科技计划列表', response: { 200: programmeList } } }, async (request) => {
    const scope = requireScope(request);
    return { items: (await listProgrammes(db, scope)).map((p) => presentProgramme(scope, p)) };
  });

  app.get('/api/v1/programmes/:id', { schema: { tags, summary: '科技计划详情', params: idParams, response: { 200: programmeRow } } }, async (request) => {
    const scope = requireScope(request);
    const row = await findProgramme(db, scope, request.params.id);
    if (!row) throw notFound('科技计划');
    return presentProgramme(scope, row);
  });

  app.post('/api/v1/programmes', { schema: { tags, summary: '新建科技计划', body: programmeBody, response: { 201: programmeRow } } }, async (request, reply) => {
    const scope = requireScope(request);
    return reply.status(201).send(presentProgramme(scope, await createProgramme(ctx, scope, actorOf(request), request.body)));
  });

  app.patch('/api/v1/programmes/:id', { schema: { tags, summary: '修改科技计划', params: idParams, body: programmePatch, response: { 200: programmeRow } } }, async (request) => {
    const scope = requireScope(request);
    return presentProgramme(scope, await updateProgramme(ctx, scope, actorOf(request), request.params.id, request.body));
  });

  app.get('/api/v1/calls', { schema: { tags, summary: '申报指南列表', querystring: callListQuery, response: { 200: callPage } } }, async (request) => {
    const scope = requireScope(request);
    if (scope.reach === 'personal') throw forbidden('没有查看申报指南的权限');
    const now = ctx.now();
    const { items, total } = await listCalls(db, scope, request.query, now);
    return { items: items.map((c) => presentCall(scope, c, now)), total, page: request.query.page, pageSize: request.query.pageSize };
  });

  app.get('/api/v1/calls/:id', { schema: { tags, summary: '申报指南详情', params: idParams, response: { 200: callRow } } }, async (request) => {
    const scope = requireScope(request);
    const row = await findCall(db, scope, request.params.id);
    if (!row) throw notFound('申报指南');
    return presentCall(scope, row, ctx.now());
  });

  app.post('/api/v1/calls', { schema: { tags, summary: '发布申报指南', body: callBody, response: { 201: callRow } } }, async (request, reply) => {
    const scope = requireScope(request);
    return reply.status(201).send(presentCall(scope, await createCall(ctx, scope, actorOf(request), request.body), ctx.now()));
  });

  app.patch('/api/v1/calls/:id', { schema: { tags, summary: '修改申报指南', params: idParams, body: callPatch, response: { 200: callRow } } }, async (request) => {
    const scope = requireScope(request);
    return presentCall(scope, await updateCall(ctx, scope, actorOf(request), request.params.id, request.body), ctx.now());
  });
};
