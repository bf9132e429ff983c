import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import { files } from '../../../db/schema';
import { projectAttachments } from '../../../db/schema/projects';
import { actorOf, requireScope } from '../../../platform/auth/plugin';
import { recordAudit } from '../../../platform/audit/audit';
import type { AppContext } from '../../../platform/context';
import { forbidden, notFound } from '../../../platform/errors';
import { loadCall } from '../workflow/service';
import { idParams } from '../shared/zod';
import { buildArchive } from './archive';
import { kindLabel, listAttachments, loadProject, removeAttachment, uploadAttachment } from './service';

const attachmentRow = z.object({
  id: z.uuid(), kind: z.string(), kindLabel: z.string(), name: z.string(), mime: z.string(), size: z.number().int(), sha256: z.string(), uploadedBy: z.string().nullable(), createdAt: z.string(),
});
const attachmentParams = z.object({ id: z.uuid(), attachmentId: z.uuid() });
const disposition = (name: string) => `attachment; filename*=UTF-8''${encodeURIComponent(name)}`;

export const fileRoutes = (ctx: AppContext): FastifyPluginAsyncZod => async (app) => {
  const db = ctx.database.db;
  const tags = ['项目档案'];
  const list = async (projectId: string, callId: string) => {
    const call = await loadCall(db, callId);
    return (await listAttachments(ctx, projectId)).map((a) => ({ ...a, kindLabel: kindLabel(a.kind, call.requiredAttachments), createdAt: a.createdAt.toISOString() }));
  };

  app.get('/api/v1/projects/:id/attachments', { schema: { tags, summary: '项目附件', params: idParams, response: { 200: z.object({ items: z.array(attachmentRow) }) } } }, async (request) => {
    const r = await loadProject(ctx, requireScope(request), request.params.id);
    return { items: await list(r.project.id, r.project.callId) };
  });

  app.post('/api/v1/projects/:id/attachments', {
    schema: { tags, summary: '上传附件（multipart，保存 SHA-256）', consumes: ['multipart/form-data'], params: idParams, querystring: z.object({ kind: z.string().regex(/^[a-z][a-z0-9_]{0,31}$/).meta({ title: '附件类型' }) }), response: { 201: z.object({ items: z.array(attachmentRow) }) } },
  }, async (request, reply) => {
    const scope = requireScope(request);
    await uploadAttachment(ctx, scope, actorOf(request), request.params.id, request.query.kind, request);
    const r = await loadProject(ctx, scope, request.params.id);
    return reply.status(201).send({ items: await list(r.project.id, r.project.callId) });
  });

  app.get('/api/v1/projects/:id/attachments/:attachmentId/content', { schema: { tags, summary: '下载附件', params: attachmentParams } }, async (request, reply) => {
    const scope = requireScope(request);
    await loadProject(ctx, scope, request.params.id);
    const [row] = await db.select({ file: files }).from(projectAttachments).innerJoin(files, eq(files.id, projectAttachments.fileId))
      .where(and(eq(projectAttachments.id, request.params.attachmentId), eq(projectAttachments.projectId, request.params.id)));
    if (!row) throw notFound('附件');
    await db.transaction((tx) => recordAudit(tx, actorOf(request), { action: 'file.download', objectType: 'project', objectId: request.params.id, details: { attachmentId: request.params.attachmentId, name: row.file.name } }));
    return reply.type(row.file.mime).header('content-disposition', disposition(row.file.name)).header('x-content-sha256', row.file.sha256).send(row.file.content);
  });

  app.delete('/api/v1/projects/:id/attachments/:attachmentId', { schema: { tags, summary: '删除附件', params: attachmentParams, response: { 204: z.null() } } }, async (request, reply) => {
    await removeAttachment(ctx, requireScope(request), actorOf(request), request.params.id, request.params.attachmentId);
    return reply.status(204).send(null);
  });

  app.get('/api/v1/projects/:id/archive', { schema: { tags, summary: '下载项目完整档案（zip，含哈希清单）', params: idParams } }, async (request, reply) => {
    const scope = requireScope(request);
    const r = await loadProject(ctx, scope, request.params.id);
    if (scope.reach === 'personal') throw forbidden('评审专家不能下载项目档案');
    const zip = await buildArchive(ctx, r);
    await db.transaction((tx) => recordAudit(tx, actorOf(request), { action: 'project.archive.download', objectType: 'project', objectId: r.project.id, details: { size: zip.content.length } }));
    return reply.type('application/zip').header('content-disposition', disposition(zip.name)).send(zip.content);
  });
};
