import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf, requireScope } from '../../../platform/auth/plugin';
import { recordAudit } from '../../../platform/audit/audit';
import type { AppContext } from '../../../platform/context';
import { notFound } from '../../../platform/errors';
import { saveFile, unsafeReadFile } from '../../../platform/files/store';
import { assertCanList, canManage } from '../access';
import { idParams, invalid } from '../common';
import { listLogs } from './repo';
import { createLogBody, logPage, logQuery, logRow, photoBody, updateLogBody } from './schemas';
import { actingCommissioner, createLog, deleteLog, loadLog, photoPurpose, presentLog, updateLog } from './service';
import { summaryPage, summaryPageOf, summaryQuery } from './summary';

const magic: Record<string, (b: Buffer) => boolean> = {
  'image/jpeg': (b) => b[0] === 0xff && b[1] === 0xd8,
  'image/png': (b) => b.subarray(0, 4).toString('hex') === '89504e47',
  'image/webp': (b) => b.subarray(8, 12).toString('latin1') === 'WEBP',
};

export const logRoutes = (ctx: AppContext): FastifyPluginAsyncZod => async (app) => {
  const tags = ['科技特派员服务日志'];
  const db = ctx.database.db;

  app.get('/api/v1/service-logs', { schema: { tags, summary: '服务日志', querystring: logQuery, response: { 200: logPage } } }, async (request) => {
    const scope = requireScope(request);
    assertCanList(scope);
    const { items, total, totalExact } = await listLogs(db, scope, request.query);
    return { items: items.map(presentLog), total, totalExact, page: request.query.page, pageSize: request.query.pageSize };
  });

  app.get('/api/v1/service-logs/summary', {
    schema: { tags, summary: '服务情况汇总（每人一行，分页；totals 为筛选范围内全部人员之和）', querystring: summaryQuery, response: { 200: summaryPage } },
  }, async (request) => {
    const scope = requireScope(request);
    assertCanList(scope);
    return summaryPageOf(db, scope, request.query);
  });

  app.get('/api/v1/service-logs/:id', { schema: { tags, summary: '服务日志详情', params: idParams, response: { 200: logRow } } },
    async (request) => presentLog(await loadLog(ctx, requireScope(request), request.params.id)));

  app.post('/api/v1/service-logs', {
    schema: { tags, summary: '填写服务日志（clientDraftId 相同的离线草稿重复提交时返回已有记录）', body: createLogBody, response: { 200: logRow, 201: logRow } },
  }, async (request, reply) => {
    const { row, created } = await createLog(ctx, requireScope(request), actorOf(request), request.body);
    return reply.status(created ? 201 : 200).send(presentLog(row));
  });

  app.patch('/api/v1/service-logs/:id', { schema: { tags, summary: '修改服务日志', params: idParams, body: updateLogBody, response: { 200: logRow } } },
    async (request) => presentLog(await updateLog(ctx, requireScope(request), actorOf(request), request.params.id, request.body)));

  app.delete('/api/v1/service-logs/:id', { schema: { tags, summary: '删除服务日志', params: idParams, response: { 204: z.null() } } }, async (request, reply) => {
    await deleteLog(ctx, requireScope(request), actorOf(request), request.params.id);
    return reply.status(204).send(null);
  });

  app.post('/api/v1/service-logs/photos', {
    schema: { tags, summary: '上传服务照片（Base64，手机端压缩后上传）', body: photoBody, response: { 201: z.object({ id: z.uuid(), sha256: z.string() }) } },
  }, async (request, reply) => {
    const scope = requireScope(request);
    const regionCode = canManage(scope) ? scope.regionCode : (await actingCommissioner(db, scope)).regionCode;
    const content = Buffer.from(request.body.dataBase64, 'base64');
    if (content.length < 16 || !magic[request.body.mime]!(content)) throw invalid('dataBase64', '图片内容', '不是有效的图片');
    const saved = await db.transaction(async (tx) => {
      const file = await saveFile(tx, { name: request.body.name, mime: request.body.mime, content, purpose: photoPurpose,
        owner: { userId: scope.userId, organisationId: scope.organisationId, regionCode } });
      await recordAudit(tx, actorOf(request), { action: 'file.upload', objectType: 'file', objectId: file.id, details: { purpose: photoPurpose, size: content.length, sha256: file.sha256 } });
      return file;
    });
    return reply.status(201).send(saved);
  });

  app.get('/api/v1/service-logs/:id/photos/:fileId', {
    schema: { tags, summary: '查看服务照片', params: z.object({ id: z.uuid(), fileId: z.uuid() }) },
  }, async (request, reply) => {
    const log = await loadLog(ctx, requireScope(request), request.params.id);
    if (!log.l.photoFileIds.includes(request.params.fileId)) throw notFound('照片');
    const file = await unsafeReadFile(db, request.params.fileId);
    if (!file) throw notFound('照片');
    return reply.type(file.mime).header('cache-control', 'private, max-age=3600').header('x-content-sha256', file.sha256).send(file.content);
  });
};
