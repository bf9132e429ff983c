import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf, requireScope } from '../../platform/auth/plugin';
import type { AppContext } from '../../platform/context';
import { notFound } from '../../platform/errors';
import { presentOrganisation } from './presenter';
import { findOrganisation, listOrganisations } from './repo';
import { createBody, idParams, listQuery, organisationPage, organisationRow, updateBody } from './schemas';
import { createOrganisation, deleteOrganisation, updateOrganisation } from './service';

export const organisationRoutes = (ctx: AppContext): FastifyPluginAsyncZod => async (app) => {
  const tags = ['单位'];
  const db = ctx.database.db;

  app.get('/api/v1/organisations', {
    schema: { tags, summary: '单位列表', querystring: listQuery, response: { 200: organisationPage } },
  }, async (request) => {
    const { items, total } = await listOrganisations(db, requireScope(request), request.query);
    return { items: items.map(presentOrganisation), total, page: request.query.page, pageSize: request.query.pageSize };
  });

  app.get('/api/v1/organisations/:id', {
    schema: { tags, summary: '单位详情', params: idParams, response: { 200: organisationRow } },
  }, async (request) => {
    const row = await findOrganisation(db, requireScope(request), request.params.id);
    if (!row) throw notFound('单位');
    return presentOrganisation(row);
  });

  app.post('/api/v1/organisations', {
    schema: { tags, summary: '新建单位', body: createBody, response: { 201: organisationRow } },
  }, async (request, reply) => {
    const row = await createOrganisation(ctx, requireScope(request), actorOf(request), request.body);
    return reply.status(201).send(presentOrganisation(row));
  });

  app.patch('/api/v1/organisations/:id', {
    schema: { tags, summary: '修改单位', params: idParams, body: updateBody, response: { 200: organisationRow } },
  }, async (request) => presentOrganisation(await updateOrganisation(ctx, requireScope(request), actorOf(request), request.params.id, request.body)));

  app.delete('/api/v1/organisations/:id', {
    schema: { tags, summary: '删除单位', params: idParams, response: { 204: z.null() } },
  }, async (request, reply) => {
    await deleteOrganisation(ctx, requireScope(request), actorOf(request), request.params.id);
    return reply.status(204).send(null);
  });
};
