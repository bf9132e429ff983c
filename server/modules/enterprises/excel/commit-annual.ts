import { sql } from 'drizzle-orm';
import { annualCountFields, type AnnualFigures, annualFiguresEqual, annualMoneyFields } from '../../../../domain/enterprise/annual';
import type { DbOrTx } from '../../../db/client';
import type { StatementPipeline } from '../../../db/pipeline';
import { enterpriseAnnualData, enterpriseAnnualRevisions } from '../../../db/schema';
import type { Actor, AuditEntry } from '../../../platform/audit/audit';
import { keyOrdered } from '../../../platform/audit/chain';
import { bulkInsert, bulkUpdate, unnestRows } from '../../../platform/excel/bulk';
import { checkFigures } from '../annual/service';
import { figuresOf } from '../annual/repo';
import { todayOf } from '../common/today';
import type { Env } from '../master/service';
import { eachRow } from './checks';
import type { UpsertAction } from './commit-master';

export interface AnnualItem {
  row: number;
  /** An enterprise of the import's scope, locked or created by upsertEnterpriseBatch. */
  enterpriseId: string;
  /** Created by this import: it has no stored years to look up. */
  isNew: boolean;
  year: number;
  figures: AnnualFigures;
}

const figureKeys = [...annualMoneyFields, ...annualCountFields];
const auditKeyOrder = [...figureKeys].sort();
/** Audit details are built with their keys in canonical order: hashed without sorting (keyOrdered). */
const inAuditOrder = (f: AnnualFigures) => keyOrdered<keyof AnnualFigures, string | number>(f, auditKeyOrder);
type Stored = typeof enterpriseAnnualData.$inferSelect;

async function storedYears(tx: DbOrTx, items: readonly AnnualItem[]): Promise<Map<string, Stored>> {
  const old = items.filter((i) => !i.isNew);
  if (!old.length) return new Map();
  const rows = await tx.select().from(enterpriseAnnualData)
    .where(sql`(${enterpriseAnnualData.enterpriseId}, ${enterpriseAnnualData.year}) in
      (select * from unnest(${sql.param(old.map((i) => i.enterpriseId))}::uuid[], ${sql.param(old.map((i) => i.year))}::int[]))`)
    .for('update');
  return new Map(rows.map((r) => [`${r.enterpriseId}:${r.year}`, r]));
}

type RevisionRow = { enterpriseId: string; year: number; figures: AnnualFigures; enteredBy: string | null; revision?: number };

/**
 * Each written year gets the next revision number of its enterprise and year, in one statement.
 * A year of an enterprise created by this import is revision 1 without looking (most rows of a
 * big first import); the others look up their last revision.
 */
async function insertRevisions(tx: DbOrTx, rows: RevisionRow[]): Promise<void> {
  if (!rows.length) return;
  const r = enterpriseAnnualRevisions;
  await tx.execute(sql`insert into ${r} (enterprise_id, year, revision, figures, source, entered_by)
    select u.enterprise_id, u.year,
      coalesce(u.revision, coalesce((select max(x.revision) from ${r} x where x.enterprise_id = u.enterprise_id and x.year = u.year), 0) + 1),
      u.figures, 'import', u.entered_by
    from ${unnestRows(r, ['enterpriseId', 'year', 'figures', 'enteredBy', 'revision'], rows)}`);
}

/**
 * upsertAnnualData (annual/service.ts) for a whole batch: the same checks, revisions and audit
 * entries (appended to `audits`); identical figures write nothing. One SELECT … FOR UPDATE of the
 * stored years, then one INSERT, one UPDATE and one INSERT of revisions, sent on `writes` and
 * not awaited.
 */
export async function upsertAnnualBatch(
  tx: DbOrTx, actor: Actor, items: readonly AnnualItem[], env: Env, audits: AuditEntry[], writes: StatementPipeline,
): Promise<UpsertAction[]> {
  const today = todayOf(env);
  const checked: AnnualFigures[] = [];
  await eachRow(items, (i) => void checked.push(checkFigures(i.figures, i.year, today)));
  const stored = await storedYears(tx, items);
  const by = { enteredBy: actor.userId, updatedAt: new Date() };
  const inserts: Partial<Stored>[] = [];
  const updates: Partial<Stored>[] = [];
  const revisions: Parameters<typeof insertRevisions>[1] = [];
  const actions = items.map((item, n): UpsertAction => {
    const next = checked[n]!;
    const existing = stored.get(`${item.enterpriseId}:${item.year}`);
    if (existing && annualFiguresEqual(figuresOf(existing), next)) return 'unchanged';
    if (existing) updates.push({ id: existing.id, ...next, ...by, version: existing.version + 1 });
    else inserts.push({ enterpriseId: item.enterpriseId, year: item.year, ...next, ...by });
    revisions.push({ enterpriseId: item.enterpriseId, year: item.year, figures: next, enteredBy: actor.userId, ...(item.isNew ? { revision: 1 } : {}) });
    audits.push({
      action: existing ? 'enterprise.annual.update' : 'enterprise.annual.create', objectType: 'enterprise', objectId: item.enterpriseId,
      details: { after: inAuditOrder(next), before: existing ? inAuditOrder(figuresOf(existing)) : null, source: 'import', year: item.year },
    });
    return existing ? 'updated' : 'created';
  });
  writes.send(bulkInsert(tx, enterpriseAnnualData, ['enterpriseId', 'year', ...figureKeys, 'enteredBy', 'updatedAt'], inserts));
  writes.send(bulkUpdate(tx, enterpriseAnnualData, 'id', [...figureKeys, 'enteredBy', 'updatedAt', 'version'], updates));
  writes.send(insertRevisions(tx, revisions));
  return actions;
}
