import { and, asc, eq, inArray, or, sql } from 'drizzle-orm';
import { z } from 'zod';
import { type ServiceSummary, summariseLogs, summaryMetrics, totalOf } from '../../../../domain/commissioners/log-summary';
import { commissioners } from '../../../db/schema/commissioners';
import type { DbOrTx } from '../../../db/client';
import type { Scope } from '../../../platform/authz/scope';
import { rosterScope } from '../roster/repo';
import { logFacts } from './repo';

const metricsShape = Object.fromEntries(summaryMetrics.map((m) => [m, z.number().int()])) as Record<(typeof summaryMetrics)[number], z.ZodNumber>;
export const summaryRow = z.object({
  commissionerId: z.uuid(), code: z.string(), name: z.string(), level: z.string(), status: z.string(),
  ...metricsShape, firstDate: z.string().nullable(), lastDate: z.string().nullable(),
});
export const summaryResponse = z.object({ year: z.number().int(), items: z.array(summaryRow), totals: z.object(metricsShape) });

/** Who belongs in a year's summary: commissioners active now, plus anyone who logged that year. */
export async function yearCommissioners(db: DbOrTx, scope: Scope, year: number, withLogs: readonly string[], commissionerId?: string) {
  return db.select({ id: commissioners.id, code: commissioners.code, name: commissioners.name, level: commissioners.level, status: commissioners.status })
    .from(commissioners)
    .where(and(rosterScope(scope), commissionerId ? eq(commissioners.id, commissionerId) : undefined,
      or(eq(commissioners.status, 'active'), withLogs.length ? inArray(commissioners.id, [...withLogs]) : sql`false`,
        sql`${commissioners.exitedOn} >= ${`${year}-01-01`}`)))
    .orderBy(asc(commissioners.code));
}

/** Per-commissioner summaries for a year: service days, visits, trainings, varieties, problems solved. */
export async function yearSummaries(db: DbOrTx, scope: Scope, year: number, commissionerId?: string) {
  const facts = await logFacts(db, scope, year, commissionerId);
  const people = await yearCommissioners(db, scope, year, [...new Set(facts.map((f) => f.commissionerId))], commissionerId);
  const byId = new Map(summariseLogs(facts, people.map((p) => p.id)).map((s) => [s.commissionerId, s]));
  const items = people.map((p) => ({ ...(byId.get(p.id) as ServiceSummary), code: p.code, name: p.name, level: p.level, status: p.status }));
  return { year, items, totals: totalOf(items) };
}
