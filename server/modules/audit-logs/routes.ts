import { and, count, desc, eq, gte, ilike, isNull, lte, or, type SQL } from 'drizzle-orm';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { auditLogs } from '../../db/schema';
import { actorOf, requireScope } from '../../platform/auth/plugin';
import { recordAudit } from '../../platform/audit/audit';
import { verifyAuditChain } from '../../platform/audit/verify';
import { hasRole, inRegion, type Scope } from '../../platform/authz/scope';
import type { AppContext } from '../../platform/context';
import { forbidden } from '../../platform/errors';
import { likeContains, offsetOf, pageOf, pagingQuery } from '../../platform/http/paging';

const auditRow = z.object({
  id: z.number().int(),
  at: z.string(),
  username: z.string().nullable(),
  ip: z.string().nullable(),
  action: z.string(),
  objectType: z.string().nullable(),
  objectId: z.string().nullable(),
  result: z.enum(['success', 'failure']),
  details: z.record(z.string(), z.unknown()),
});

const listQuery = z.object({
  ...pagingQuery,
  from: z.iso.datetime({ offset: true }).optional().meta({ title: '开始时间' }),
  to: z.iso.datetime({ offset: true }).optional().meta({ title: '结束时间' }),
  username: z.string().trim().max(64).optional().meta({ title: '用户名' }),
  action: z.string().trim().max(64).optional().meta({ title: '操作' }),
  result: z.enum(['success', 'failure']).optional().meta({ title: '结果' }),
});

/** Only the audit administrator reads the trail (三员分立); rows of anonymous events have no region. */
function auditScope(scope: Scope): SQL {
  if (!hasRole(scope, 'auditor')) throw forbidden('只有审计管理员可以查看审计日志');
  return or(inRegion(scope, auditLogs.regionCode), isNull(auditLogs.regionCode))!;
}

export const auditLogRoutes = (ctx: AppContext): FastifyPluginAsyncZod => async (app) => {
  const tags = ['安全审计'];
  const db = ctx.database.db;

  app.get('/api/v1/audit-logs', { schema: { tags, summary: '审计日志', querystring: listQuery, response: { 200: pageOf(auditRow) } } }, async (request) => {
    const q = request.query;
    const where = and(
      auditScope(requireScope(request)),
      q.from ? gte(auditLogs.at, new Date(q.from)) : undefined,
      q.to ? lte(auditLogs.at, new Date(q.to)) : undefined,
      q.username ? eq(auditLogs.username, q.username) : undefined,
      q.action ? ilike(auditLogs.action, likeContains(q.action)) : undefined,
      q.result ? eq(auditLogs.result, q.result) : undefined,
    );
    const [items, [total]] = await Promise.all([
      db.select().from(auditLogs).where(where).orderBy(desc(auditLogs.id)).limit(q.pageSize).offset(offsetOf(q)),
      db.select({ n: count() }).from(auditLogs).where(where),
    ]);
    return {
      items: items.map((r) => ({ ...r, at: r.at.toISOString() })),
      total: total?.n ?? 0,
      page: q.page,
      pageSize: q.pageSize,
    };
  });

  app.post('/api/v1/audit-logs/verify', {
    schema: {
      tags,
      summary: '校验审计日志哈希链（SM3）',
      response: { 200: z.object({ ok: z.boolean(), checked: z.number().int(), firstBadId: z.number().int().nullable(), reason: z.string().nullable() }) },
    },
  }, async (request) => {
    auditScope(requireScope(request));
    const report = await verifyAuditChain(db);
    await db.transaction((tx) => recordAudit(tx, actorOf(request), { action: 'audit.verify', result: report.ok ? 'success' : 'failure', details: { checked: report.checked, firstBadId: report.firstBadId } }));
    return report;
  });
};
