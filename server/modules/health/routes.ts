import { sql } from 'drizzle-orm';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../platform/context';
import { AppError } from '../../platform/errors';

const healthResponse = z.object({
  status: z.literal('ok'),
  db: z.enum(['embedded', 'external']),
  version: z.string(),
  demo: z.boolean(),
});

export const healthRoutes = (ctx: AppContext): FastifyPluginAsyncZod => async (app) => {
  app.get(
    '/api/health',
    {
      config: { auth: 'public' },
      schema: { tags: ['系统'], summary: '健康检查', security: [], response: { 200: healthResponse } },
    },
    async () => {
      try {
        await ctx.database.db.execute(sql`select 1`);
      } catch {
        throw new AppError('UNAVAILABLE', '数据库不可用');
      }
      return { status: 'ok' as const, db: ctx.database.kind, version: ctx.version, demo: ctx.config.demo };
    },
  );
};
