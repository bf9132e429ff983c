import { and, count, desc, eq } from 'drizzle-orm';
import { z } from 'zod';
import { auditLogs } from '../../../db/schema';
import type { Scope } from '../../../platform/authz/scope';
import type { AppContext } from '../../../platform/context';
import { notFound } from '../../../platform/errors';
import { offsetOf, pageOf } from '../../../platform/http/paging';
import { todayOf } from '../common/today';
import { findEnterprise } from './repo';

export const auditTrailPage = pageOf(z.object({
  id: z.int(),
  at: z.string(),
  username: z.string().nullable(),
  action: z.string(),
  details: z.record(z.string(), z.unknown()),
}));

/**
 * The change history of one enterprise (its master, annual data, tiers, reports, funnel and batch
 * outcomes are all recorded against it). Audit rows already mask personal data.
 */
export async function auditTrail(ctx: AppContext, scope: Scope, id: string, page: { page: number; pageSize: number }) {
  const { db } = ctx.database;
  if (!(await findEnterprise(db, scope, id, todayOf(ctx)))) throw notFound('企业');
  const where = and(eq(auditLogs.objectType, 'enterprise'), eq(auditLogs.objectId, id));
  const [rows, [total]] = await Promise.all([
    db.select({ id: auditLogs.id, at: auditLogs.at, username: auditLogs.username, action: auditLogs.action, details: auditLogs.details })
      .from(auditLogs).where(where).orderBy(desc(auditLogs.id)).limit(page.pageSize).offset(offsetOf(page)),
    db.select({ n: count() }).from(auditLogs).where(where),
  ]);
  return { items: rows.map((r) => ({ ...r, at: r.at.toISOString() })), total: total?.n ?? 0, ...page };
}
