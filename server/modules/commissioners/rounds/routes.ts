import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf, requireScope } from '../../../platform/auth/plugin';
import type { AppContext } from '../../../platform/context';
import { assertCanList } from '../access';
import { idParams, isoDate } from '../common';
import { closeRound, createRound, listRounds, selectCandidates } from './service';

const roundRow = z.object({
  id: z.uuid(), year: z.number().int(), name: z.string(), status: z.enum(['open', 'closed']), quota: z.number().int().nullable(),
  decidedOn: z.string().nullable(), selected: z.number().int(), isDemo: z.boolean(),
});

export const roundRoutes = (ctx: AppContext): FastifyPluginAsyncZod => async (app) => {
  const tags = ['科技特派员'];
  app.get('/api/v1/commissioner-rounds', {
    schema: { tags, summary: '选聘批次', response: { 200: z.object({ items: z.array(roundRow) }) } },
  }, async (request) => {
    const scope = requireScope(request);
    assertCanList(scope, false);
    return { items: await listRounds(ctx, scope) };
  });
  app.post('/api/v1/commissioner-rounds', {
    schema: {
      tags, summary: '新建选聘批次', response: { 201: roundRow },
      body: z.object({
        year: z.number().int().min(2000).max(2100).meta({ title: '年度' }),
        name: z.string().trim().min(2).max(60).meta({ title: '批次名称' }),
        quota: z.number().int().min(1).max(10_000).nullable().optional().meta({ title: '名额' }),
      }),
    },
  }, async (request, reply) => reply.status(201).send(await createRound(ctx, requireScope(request), actorOf(request), request.body)));
  app.post('/api/v1/commissioner-rounds/:id/select', {
    schema: {
      tags, summary: '从备选库选聘', params: idParams, response: { 200: roundRow },
      body: z.object({ commissionerIds: z.array(z.uuid()).min(1).max(500).meta({ title: '人选' }), selectedOn: isoDate.meta({ title: '选聘日期' }) }),
    },
  }, async (request) => selectCandidates(ctx, requireScope(request), actorOf(request), request.params.id, request.body));
  app.post('/api/v1/commissioner-rounds/:id/close', {
    schema: { tags, summary: '结束选聘批次', params: idParams, body: z.object({ decidedOn: isoDate.meta({ title: '结束日期' }) }), response: { 200: roundRow } },
  }, async (request) => closeRound(ctx, requireScope(request), actorOf(request), request.params.id, request.body.decidedOn));
};
