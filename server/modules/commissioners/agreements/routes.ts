import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf, requireScope } from '../../../platform/auth/plugin';
import { recordAudit } from '../../../platform/audit/audit';
import type { AppContext } from '../../../platform/context';
import { notFound } from '../../../platform/errors';
import { saveFile, unsafeReadFile } from '../../../platform/files/store';
import { assertCanList, assertManager } from '../access';
import { idParams, invalid } from '../common';
import { listAgreements } from './repo';
import { agreementPage, agreementQuery, agreementRow, attachmentBody, createAgreementBody, updateAgreementBody } from './schemas';
import { attachmentPurpose, createAgreement, loadAgreement, presentAgreement, updateAgreement } from './service';

export const agreementRoutes = (ctx: AppContext): FastifyPluginAsyncZod => async (app) => {
  const tags = ['科技特派员'];
  const db = ctx.database.db;
  app.get('/api/v1/commissioner-agreements', { schema: { tags, summary: '三方服务协议', querystring: agreementQuery, response: { 200: agreementPage } } }, async (request) => {
    const scope = requireScope(request);
    assertCanList(scope);
    const { items, total } = await listAgreements(db, scope, request.query);
    return { items: items.map(presentAgreement), total, page: request.query.page, pageSize: request.query.pageSize };
  });
  app.get('/api/v1/commissioner-agreements/:id', { schema: { tags, summary: '服务协议详情', params: idParams, response: { 200: agreementRow } } },
    async (request) => presentAgreement(await loadAgreement(ctx, requireScope(request), request.params.id)));
  app.post('/api/v1/commissioner-agreements', { schema: { tags, summary: '登记三方服务协议', body: createAgreementBody, response: { 201: agreementRow } } },
    async (request, reply) => reply.status(201).send(presentAgreement(await createAgreement(ctx, requireScope(request), actorOf(request), request.body))));
  app.patch('/api/v1/commissioner-agreements/:id', { schema: { tags, summary: '修改服务协议', params: idParams, body: updateAgreementBody, response: { 200: agreementRow } } },
    async (request) => presentAgreement(await updateAgreement(ctx, requireScope(request), actorOf(request), request.params.id, request.body)));

  app.post('/api/v1/commissioner-agreements/attachments', {
    schema: { tags, summary: '上传协议扫描件（PDF/图片，Base64）', body: attachmentBody, response: { 201: z.object({ id: z.uuid(), sha256: z.string() }) } },
  }, async (request, reply) => {
    const scope = requireScope(request);
    assertManager(scope);
    const content = Buffer.from(request.body.dataBase64, 'base64');
    if (content.length < 16) throw invalid('dataBase64', '文件内容', '文件为空或已损坏');
    const saved = await db.transaction(async (tx) => {
      const file = await saveFile(tx, { name: request.body.name, mime: request.body.mime, content, purpose: attachmentPurpose,
        owner: { userId: scope.userId, organisationId: scope.organisationId, regionCode: scope.regionCode } });
      await recordAudit(tx, actorOf(request), { action: 'file.upload', objectType: 'file', objectId: file.id, details: { purpose: attachmentPurpose, sha256: file.sha256 } });
      return file;
    });
    return reply.status(201).send(saved);
  });

  app.get('/api/v1/commissioner-agreements/:id/attachment', { schema: { tags, summary: '下载协议扫描件', params: idParams } }, async (request, reply) => {
    const row = await loadAgreement(ctx, requireScope(request), request.params.id);
    const file = row.g.attachmentFileId ? await unsafeReadFile(db, row.g.attachmentFileId) : null;
    if (!file) throw notFound('协议扫描件');
    return reply.type(file.mime).header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(file.name)}`).header('x-content-sha256', file.sha256).send(file.content);
  });
};
