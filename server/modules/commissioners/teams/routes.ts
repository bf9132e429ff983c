import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf, requireScope } from '../../../platform/auth/plugin';
import type { AppContext } from '../../../platform/context';
import { assertCanList } from '../access';
import { idParams } from '../common';
import { listTeams } from './repo';
import { createTeamBody, teamRow, updateTeamBody } from './schemas';
import { createTeam, loadTeam, presentTeam, updateTeam } from './service';

export const teamRoutes = (ctx: AppContext): FastifyPluginAsyncZod => async (app) => {
  const tags = ['科技特派员'];
  app.get('/api/v1/commissioner-teams', {
    schema: { tags, summary: '科技特派团（复合型/专业型）', response: { 200: z.object({ items: z.array(teamRow) }) } },
  }, async (request) => {
    const scope = requireScope(request);
    assertCanList(scope);
    return { items: (await listTeams(ctx.database.db, scope)).map(presentTeam) };
  });
  app.get('/api/v1/commissioner-teams/:id', {
    schema: { tags, summary: '科技特派团详情', params: idParams, response: { 200: teamRow } },
  }, async (request) => presentTeam(await loadTeam(ctx, requireScope(request), request.params.id)));
  app.post('/api/v1/commissioner-teams', {
    schema: { tags, summary: '组建科技特派团', body: createTeamBody, response: { 201: teamRow } },
  }, async (request, reply) => reply.status(201).send(presentTeam(await createTeam(ctx, requireScope(request), actorOf(request), request.body))));
  app.patch('/api/v1/commissioner-teams/:id', {
    schema: { tags, summary: '修改科技特派团（成员整体替换）', params: idParams, body: updateTeamBody, response: { 200: teamRow } },
  }, async (request) => presentTeam(await updateTeam(ctx, requireScope(request), actorOf(request), request.params.id, request.body)));
};
