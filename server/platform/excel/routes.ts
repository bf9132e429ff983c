import type { FastifyInstance, FastifyReply } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf, requireScope } from '../auth/plugin';
import { recordAudit } from '../audit/audit';
import type { Scope } from '../authz/scope';
import type { AppContext } from '../context';
import { forbidden } from '../errors';
import { listTotal } from '../http/total';
import { saveFile, xlsxMime } from '../files/store';
import { resolveDictionaries } from './dictionary';
import { type ExportQuery, runExport } from './export-task';
import { identityOf, ownerOf } from './identity';
import type { ImportTask } from './import-task';
import type { Sheet } from './sheet';
import { buildTemplate } from './template';
import { readXlsxUpload } from './upload';

export interface ExcelPolicy {
  canImport(scope: Scope): boolean;
  canExport(scope: Scope): boolean;
  /** May export phone and ID numbers in clear (asked for with showPersonalData=true); audited. */
  canSeePersonalData?(scope: Scope): boolean;
}

export interface ExcelRoutesOptions<F extends Record<string, unknown>, R extends Record<string, unknown>> {
  /** e.g. /api/v1/enterprises */
  basePath: string;
  /** OpenAPI tag. */
  tag: string;
  sheet: Sheet<R>;
  importTask?: ImportTask<R>;
  exportQuery?: ExportQuery<F, R>;
  /** Kind registered with createExportTask for exports above the inline limit. */
  exportTaskKind?: string;
  /** Exports up to this many rows are returned directly; bigger ones become a task. Default 5,000. */
  inlineExportLimit?: number;
  policy: ExcelPolicy;
}

const accepted = z.object({ taskId: z.uuid(), rows: z.number().int().optional() });

function sendXlsx(reply: FastifyReply, name: string, content: Buffer) {
  return reply.type(xlsxMime).header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(name)}`).send(content);
}

function withPersonalFlag(filter: z.ZodType): z.ZodType {
  const flag = { showPersonalData: z.enum(['true', 'false']).optional().meta({ title: '导出完整手机号/证件号（需授权，记入审计）' }) };
  return filter instanceof z.ZodObject ? filter.extend(flag) : filter;
}

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
      const taskId = await ctx.jobs.enqueue(kind, { fileId: file.id, fileName: upload.name, ...identityOf(scope, actorOf(request)) }, owner);
      await db.transaction((tx) => recordAudit(tx, actorOf(request), {
        action: 'excel.import.upload', objectType: 'file', objectId: file.id,
        details: { sheet: o.sheet.name, fileName: upload.name, size: upload.content.length, sha256: file.sha256, taskId },
      }));
      return reply.status(202).send({ taskId });
    });
  }

  if (o.exportQuery) {
    const query = o.exportQuery;
    const limit = o.inlineExportLimit ?? 5_000;
    app.get(`${o.basePath}/export`, {
      schema: { tags, summary: `导出筛选结果为 .xlsx（不超过 ${limit} 行直接下载，否则返回任务）`, querystring: withPersonalFlag(query.filter) },
    }, async (request, reply) => {
      const scope = requireScope(request);
      if (!o.policy.canExport(scope)) throw forbidden('您无权导出这些数据');
      const { showPersonalData, ...rest } = request.query as Record<string, unknown>;
      const clear = showPersonalData === 'true';
      if (clear && !o.policy.canSeePersonalData?.(scope)) throw forbidden('您无权导出完整的个人信息');
      const filter = rest as F;
      const { total, totalExact } = query.matching
        ? await listTotal(db, query.matching(db, scope, filter, ctx))
        : { total: await query.count(db, scope, filter, ctx), totalExact: true };
      if (total > limit && o.exportTaskKind) {
        // An estimated total is not passed on: the task counts exactly, beside the export.
        const input = { filter, showPersonalData: clear, ...(totalExact ? { rows: total } : {}), ...identityOf(scope, actorOf(request)) };
        const taskId = await ctx.jobs.enqueue(o.exportTaskKind, input, ownerOf(scope));
        return reply.status(202).send({ taskId, rows: total, rowsExact: totalExact });
      }
      const out = await runExport(o.sheet, query, { ctx, scope, actor: actorOf(request), filter, showPersonalData: clear });
      return sendXlsx(reply.header('x-export-rows', String(out.rows)), out.name, out.buffer);
    });
  }
}
