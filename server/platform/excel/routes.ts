import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf, requireScope } from '../auth/plugin';
import { recordAudit } from '../audit/audit';
import type { Scope } from '../authz/scope';
import type { AppContext } from '../context';
import { forbidden } from '../errors';
import { handOver } from '../files/handoff';
import { saveFile, xlsxMime } from '../files/store';
import { resolveDictionaries } from './dictionary';
import type { ExportQuery } from './export-task';
import { type ExportPolicy, registerExportRoute, sendXlsx } from './export-route';
import { identityOf, ownerOf } from './identity';
import type { ImportTask } from './import-task';
import type { Sheet } from './sheet';
import { buildTemplate } from './template';
import { readXlsxUpload } from './upload';

export interface ExcelPolicy extends ExportPolicy {
  canImport(scope: Scope): boolean;
}

export interface ExcelRoutesOptions<F extends Record<string, unknown>, R extends Record<string, unknown>> {
  /** e.g. /api/v1/enterprises */
  basePath: string;
  /** OpenAPI tag. */
  tag: string;
  sheet: Sheet<R>;
  importTask?: ImportTask<R>;
  exportQuery?: ExportQuery<F, R>;
  exportTaskKind?: string;
  inlineExportLimit?: number;
  policy: ExcelPolicy;
}

const accepted = z.object({ taskId: z.uuid(), rows: z.number().int().optional() });


/**
 * The Excel round trip of one list: template download, upload-and-import as a task, and export
 * of the filtered list (inline when small, a task when big). Every call is audited.
 */
export function registerExcelRoutes<F extends Record<string, unknown>, R extends Record<string, unknown>>(
  fastify: FastifyInstance, ctx: AppContext, o: ExcelRoutesOptions<F, R>,
): void {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const db = ctx.database.db;
  const tags = [o.tag];

  app.get(`${o.basePath}/import-template`, { schema: { tags, summary: `下载导入模板（${o.sheet.title}）` } }, async (request, reply) => {
    const scope = requireScope(request);
    if (!o.policy.canImport(scope) && !o.policy.canExport(scope)) throw forbidden();
    const content = await buildTemplate(o.sheet as Sheet, await resolveDictionaries(o.sheet as Sheet, { db, scope }));
    await db.transaction((tx) => recordAudit(tx, actorOf(request), { action: 'excel.template', objectType: o.sheet.name }));
    return sendXlsx(reply, `${o.sheet.title}.xlsx`, content);
  });

  if (o.importTask) {
    const kind = o.importTask.kind;
    app.post(`${o.basePath}/imports`, {
      schema: { tags, summary: `上传并导入 .xlsx（${o.sheet.title}，全部成功才写入）`, consumes: ['multipart/form-data'], response: { 202: accepted } },
    }, async (request, reply) => {
      const scope = requireScope(request);
      if (scope.readOnly || !o.policy.canImport(scope)) throw forbidden('您无权导入这些数据');
      const upload = await readXlsxUpload(request, ctx.config.uploadMaxBytes);
      const owner = ownerOf(scope);
      const file = await saveFile(db, { name: upload.name, mime: xlsxMime, content: upload.content, purpose: 'import-upload', owner });
      // Only a process that runs tasks can be the one that takes it.
      if (ctx.jobs.runsTasksHere) handOver({ id: file.id, name: upload.name, sha256: file.sha256, content: upload.content });
      const taskId = await ctx.jobs.enqueue(kind, { fileId: file.id, fileName: upload.name, ...identityOf(scope, actorOf(request)) }, owner);
      await db.transaction((tx) => recordAudit(tx, actorOf(request), {
        action: 'excel.import.upload', objectType: 'file', objectId: file.id,
        details: { sheet: o.sheet.name, fileName: upload.name, size: upload.content.length, sha256: file.sha256, taskId },
      }));
      return reply.status(202).send({ taskId });
    });
  }

  if (o.exportQuery) registerExportRoute(fastify, ctx, { ...o, exportQuery: o.exportQuery });
}
