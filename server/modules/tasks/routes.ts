import { and, eq } from 'drizzle-orm';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { tasks } from '../../db/schema';
import { actorOf, requireScope } from '../../platform/auth/plugin';
import { recordAudit } from '../../platform/audit/audit';
import type { AppContext } from '../../platform/context';
import { notFound } from '../../platform/errors';
import { readOwnFile } from '../../platform/files/store';

const taskView = z.object({
  id: z.uuid(),
  kind: z.string(),
  status: z.enum(['queued', 'running', 'succeeded', 'failed']),
  progress: z.number().int(),
  total: z.number().int().nullable(),
  message: z.string().nullable(),
  result: z.record(z.string(), z.unknown()).nullable(),
  error: z.object({ code: z.string(), message: z.string(), details: z.array(z.unknown()).optional() }).nullable(),
  createdAt: z.string(),
  finishedAt: z.string().nullable(),
});

/** Progress of long work, and the files it produced; a user sees only their own. */
export const taskRoutes = (ctx: AppContext): FastifyPluginAsyncZod => async (app) => {
  const db = ctx.database.db;
  app.get('/api/v1/tasks/:id', {
    schema: { tags: ['后台任务'], summary: '任务进度', params: z.object({ id: z.uuid().meta({ title: '任务ID' }) }), response: { 200: taskView } },
  }, async (request) => {
    const scope = requireScope(request);
    const [row] = await db.select().from(tasks).where(and(eq(tasks.id, request.params.id), eq(tasks.createdBy, scope.userId)));
    if (!row) throw notFound('任务');
    return { ...row, createdAt: row.createdAt.toISOString(), finishedAt: row.finishedAt?.toISOString() ?? null };
  });

  app.get('/api/v1/files/:id', {
    schema: { tags: ['文件'], summary: '下载本人上传或为本人生成的文件', params: z.object({ id: z.uuid().meta({ title: '文件ID' }) }) },
  }, async (request, reply) => {
    const scope = requireScope(request);
    const file = await readOwnFile(db, request.params.id, scope.userId);
    if (!file) throw notFound('文件');
    await db.transaction((tx) => recordAudit(tx, actorOf(request), { action: 'file.download', objectType: 'file', objectId: file.id, details: { name: file.name, purpose: file.purpose } }));
    return reply
      .type(file.mime)
      .header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(file.name)}`)
      .header('x-content-sha256', file.sha256)
      .send(file.content);
  });
};
