import { and, count, desc, eq, isNull } from 'drizzle-orm';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { notifications } from '../../../db/schema/project-reviews';
import { requireScope } from '../../../platform/auth/plugin';
import type { AppContext } from '../../../platform/context';
import { notFound } from '../../../platform/errors';
import { pagingQuery, offsetOf } from '../../../platform/http/paging';
import { idParams } from '../shared/zod';
import { ensureReminders } from './reminders';

const row = z.object({
  id: z.uuid(), kind: z.string(), title: z.string(), body: z.string().nullable(), link: z.string().nullable(),
  objectType: z.string().nullable(), objectId: z.uuid().nullable(), readAt: z.string().nullable(), createdAt: z.string(),
});

/** In-app notifications: a user sees and marks only their own. */
export const notificationRoutes = (ctx: AppContext): FastifyPluginAsyncZod => async (app) => {
  const db = ctx.database.db;
  const tags = ['消息通知'];

  app.get('/api/v1/notifications', {
    schema: {
      tags, summary: '我的待办与提醒',
      querystring: z.object({ ...pagingQuery, unread: z.enum(['true', 'false']).optional().meta({ title: '仅未读' }) }),
      response: { 200: z.object({ items: z.array(row), total: z.number().int(), unread: z.number().int(), page: z.number().int(), pageSize: z.number().int() }) },
    },
  }, async (request) => {
    const scope = requireScope(request);
    await ensureReminders(ctx, scope);
    const mine = eq(notifications.userId, scope.userId);
    const where = and(mine, request.query.unread === 'true' ? isNull(notifications.readAt) : undefined);
    const [items, [total], [unread]] = await Promise.all([
      db.select().from(notifications).where(where).orderBy(desc(notifications.createdAt), desc(notifications.id)).limit(request.query.pageSize).offset(offsetOf(request.query)),
      db.select({ n: count() }).from(notifications).where(where),
      db.select({ n: count() }).from(notifications).where(and(mine, isNull(notifications.readAt))),
    ]);
    return {
      items: items.map((n) => ({ ...n, readAt: n.readAt?.toISOString() ?? null, createdAt: n.createdAt.toISOString() })),
      total: total?.n ?? 0, unread: unread?.n ?? 0, page: request.query.page, pageSize: request.query.pageSize,
    };
  });

  app.post('/api/v1/notifications/:id/read', { schema: { tags, summary: '标记已读', params: idParams, response: { 204: z.null() } } }, async (request, reply) => {
    const scope = requireScope(request);
    const done = await db.update(notifications).set({ readAt: ctx.now() })
      .where(and(eq(notifications.id, request.params.id), eq(notifications.userId, scope.userId))).returning({ id: notifications.id });
    if (!done.length) throw notFound('通知');
    return reply.status(204).send(null);
  });

  app.post('/api/v1/notifications/read-all', { schema: { tags, summary: '全部标记已读', response: { 204: z.null() } } }, async (request, reply) => {
    const scope = requireScope(request);
    await db.update(notifications).set({ readAt: ctx.now() }).where(and(eq(notifications.userId, scope.userId), isNull(notifications.readAt)));
    return reply.status(204).send(null);
  });
};
