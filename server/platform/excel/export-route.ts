import type { FastifyInstance, FastifyReply } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf, requireScope } from '../auth/plugin';
import type { Scope } from '../authz/scope';
import type { AppContext } from '../context';
import { forbidden } from '../errors';
import { xlsxMime } from '../files/store';
import { listTotal } from '../http/total';
import { type ExportQuery, runExport } from './export-task';
import { identityOf, ownerOf } from './identity';
import type { Sheet } from './sheet';

export interface ExportPolicy {
  canExport(scope: Scope): boolean;
  /** May export phone and ID numbers in clear (asked for with showPersonalData=true); audited. */
  canSeePersonalData?(scope: Scope): boolean;
  /** Said when canExport refuses; a general refusal by default. */
  refusal?: string;
}

export interface ExportRouteOptions<F extends Record<string, unknown>, R extends Record<string, unknown>> {
  /** e.g. /api/v1/enterprises: the route is `${basePath}/export`. */
  basePath: string;
  /** OpenAPI tag. */
  tag: string;
  sheet: Sheet<R>;
  exportQuery: ExportQuery<F, R>;
  /** Kind registered with createExportTask for exports above the inline limit. */
  exportTaskKind?: string;
  /** Exports up to this many rows are returned directly; bigger ones become a task. Default: KEJIJU_EXPORT_INLINE_ROWS. */
  inlineExportLimit?: number;
  policy: ExportPolicy;
}

export function sendXlsx(reply: FastifyReply, name: string, content: Buffer) {
  return reply.type(xlsxMime).header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(name)}`).send(content);
}

function withPersonalFlag(filter: z.ZodType): z.ZodType {
  const flag = { showPersonalData: z.enum(['true', 'false']).optional().meta({ title: '导出完整手机号/证件号（需授权，记入审计）' }) };
  return filter instanceof z.ZodObject ? filter.extend(flag) : filter;
}

/**
 * `GET ${basePath}/export`: the filtered list as .xlsx, sent at once when small, a tracked task
 * (202 with the task id) when bigger than the inline limit. Audited either way.
 */
export function registerExportRoute<F extends Record<string, unknown>, R extends Record<string, unknown>>(
  fastify: FastifyInstance, ctx: AppContext, o: ExportRouteOptions<F, R>,
): void {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const db = ctx.database.db;
  const query = o.exportQuery;
  const limit = o.inlineExportLimit ?? ctx.config.exportInlineRows;
  app.get(`${o.basePath}/export`, {
    schema: { tags: [o.tag], summary: `导出筛选结果为 .xlsx（不超过 ${limit} 行直接下载，否则返回任务）`, querystring: withPersonalFlag(query.filter) },
  }, async (request, reply) => {
    const scope = requireScope(request);
    if (!o.policy.canExport(scope)) throw forbidden(o.policy.refusal ?? '您无权导出这些数据');
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
