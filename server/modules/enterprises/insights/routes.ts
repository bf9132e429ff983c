import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { requireScope } from '../../../platform/auth/plugin';
import type { AppContext } from '../../../platform/context';
import { candidatePage, candidatesQuery, reminderPage, remindersQuery } from './schemas';
import './housekeeping';
import { listCandidates, listReminders } from './service';

export const insightRoutes = (ctx: AppContext): FastifyPluginAsyncZod => async (app) => {
  const tags = ['企业培育'];

  app.get('/api/v1/enterprises/reminders', {
    schema: { tags, summary: '到期与年报提醒', querystring: remindersQuery, response: { 200: reminderPage } },
  }, async (request) => listReminders(ctx, requireScope(request), request.query));

  app.get('/api/v1/enterprises/candidates', {
    schema: { tags, summary: '发现一批：接近高企或科小条件的企业', querystring: candidatesQuery, response: { 200: candidatePage } },
  }, async (request) => listCandidates(ctx, requireScope(request), request.query));
};
