import { and, count, desc, eq, like, or, type SQL, sql } from 'drizzle-orm';
import { batchStatusLabels, type EntryOutcome, entryOutcomeLabels } from '../../../../domain/enterprise/batches';
import { batchKindLabels } from '../../../../domain/enterprise/codes';
import type { DbOrTx } from '../../../db/client';
import { enterpriseBatchEntries, enterpriseBatches, enterprises } from '../../../db/schema';
import { inRegion, type Scope } from '../../../platform/authz/scope';
import { likeContains, offsetOf } from '../../../platform/http/paging';
import { canReadRegionViews } from '../policy';
import { batchIdRef } from '../common/refs';

export const batchScope = (scope: Scope): SQL => (canReadRegionViews(scope) ? inRegion(scope, enterpriseBatches.regionCode) : sql`false`);

const columns = {
  id: enterpriseBatches.id,
  kind: enterpriseBatches.kind,
  year: enterpriseBatches.year,
  name: enterpriseBatches.name,
  status: enterpriseBatches.status,
  regionCode: enterpriseBatches.regionCode,
  notes: enterpriseBatches.notes,
  version: enterpriseBatches.version,
  createdAt: enterpriseBatches.createdAt,
  outcomeCounts: sql<Record<string, number>>`coalesce((select jsonb_object_agg(o.outcome, o.n) from (select outcome, count(*)::int n
    from ${enterpriseBatchEntries} e where e.batch_id = ${batchIdRef} group by outcome) o), '{}'::jsonb)`,
};
type BatchRecord = Awaited<ReturnType<typeof findBatch>> & object;

export interface BatchFilter { kind?: 'hnte' | 'tech_sme'; year?: number; status?: BatchRecord['status']; page: number; pageSize: number }

export async function listBatches(db: DbOrTx, scope: Scope, f: BatchFilter) {
  const where = and(batchScope(scope), f.kind ? eq(enterpriseBatches.kind, f.kind) : undefined,
    f.year ? eq(enterpriseBatches.year, f.year) : undefined, f.status ? eq(enterpriseBatches.status, f.status) : undefined);
  const [items, [total]] = await Promise.all([
    db.select(columns).from(enterpriseBatches).where(where).orderBy(desc(enterpriseBatches.year), desc(enterpriseBatches.createdAt))
      .limit(f.pageSize).offset(offsetOf(f)),
    db.select({ n: count() }).from(enterpriseBatches).where(where),
  ]);
  return { items, total: total?.n ?? 0 };
}

export async function findBatch(db: DbOrTx, scope: Scope, id: string, lock = false) {
  if (lock) await db.select({ id: enterpriseBatches.id }).from(enterpriseBatches).where(eq(enterpriseBatches.id, id)).for('update');
  const [row] = await db.select(columns).from(enterpriseBatches).where(and(eq(enterpriseBatches.id, id), batchScope(scope)));
  return row ?? null;
}

const entryColumns = {
  id: enterpriseBatchEntries.id, enterpriseId: enterprises.id, enterpriseName: enterprises.name, uscc: enterprises.uscc,
  outcome: enterpriseBatchEntries.outcome, reason: enterpriseBatchEntries.reason, tierId: enterpriseBatchEntries.tierId,
  updatedAt: enterpriseBatchEntries.updatedAt,
};
const entriesFrom = (db: DbOrTx) => db.select(entryColumns).from(enterpriseBatchEntries).innerJoin(enterprises, eq(enterprises.id, enterpriseBatchEntries.enterpriseId));

export async function entryOf(db: DbOrTx, batchId: string, entryId: string) {
  const [row] = await entriesFrom(db).where(and(eq(enterpriseBatchEntries.batchId, batchId), eq(enterpriseBatchEntries.id, entryId)));
  return row ?? null;
}

/** As the enterprise library searches: the name contains the text, or the USCC does when it could be one. */
const nameOrUscc = (q: string) => {
  const name = like(enterprises.name, likeContains(q));
  return /^[0-9A-Za-z]+$/.test(q) ? or(name, like(enterprises.uscc, likeContains(q.toUpperCase()))) : name;
};

export interface EntryFilter { outcome?: EntryOutcome; q?: string; page: number; pageSize: number }

/** One page of a batch's enterprises by name, filtered by outcome and by name or USCC, with the count of all that match. */
export async function entryPage(db: DbOrTx, batchId: string, f: EntryFilter) {
  const where = and(eq(enterpriseBatchEntries.batchId, batchId), f.outcome ? eq(enterpriseBatchEntries.outcome, f.outcome) : undefined,
    f.q ? nameOrUscc(f.q) : undefined);
  const [items, [total]] = await Promise.all([
    entriesFrom(db).where(where).orderBy(enterprises.name, enterpriseBatchEntries.id).limit(f.pageSize).offset(offsetOf(f)),
    db.select({ n: count() }).from(enterpriseBatchEntries).innerJoin(enterprises, eq(enterprises.id, enterpriseBatchEntries.enterpriseId)).where(where),
  ]);
  return { items, total: total?.n ?? 0 };
}
type EntryRecord = NonNullable<Awaited<ReturnType<typeof entryOf>>>;

export function presentBatch(b: BatchRecord) {
  const outcomeCounts = b.outcomeCounts ?? {};
  return {
    ...b,
    kindLabel: batchKindLabels[b.kind],
    statusLabel: batchStatusLabels[b.status],
    entryCount: Object.values(outcomeCounts).reduce((a, n) => a + n, 0),
    outcomeCounts,
    createdAt: b.createdAt.toISOString(),
  };
}

export const presentEntry = (e: EntryRecord) => ({
  id: e.id,
  enterprise: { id: e.enterpriseId, name: e.enterpriseName, uscc: e.uscc },
  outcome: e.outcome,
  outcomeLabel: entryOutcomeLabels[e.outcome],
  reason: e.reason,
  tierId: e.tierId,
  updatedAt: e.updatedAt.toISOString(),
});
