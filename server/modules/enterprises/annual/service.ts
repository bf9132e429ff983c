import { and, eq, sql } from 'drizzle-orm';
import {
  annualCountFields, annualFieldLabels, type AnnualFigures, annualFiguresEqual, annualFiguresProblems, annualMoneyFields, moneyPattern,
  normalizeFigures, signedMoneyPattern,
} from '../../../../domain/enterprise/annual';
import { chinaDate, yearOf } from '../../../../domain/enterprise/dates';
import type { DbOrTx } from '../../../db/client';
import { enterpriseAnnualData, enterpriseAnnualRevisions } from '../../../db/schema';
import { type Actor, recordAudit } from '../../../platform/audit/audit';
import type { Scope } from '../../../platform/authz/scope';
import { forbidden, notFound, staleVersion } from '../../../platform/errors';
import { invalid } from '../common/errors';
import { lockEnterprise } from '../master/repo';
import { canKeepOwnData } from '../policy';
import { figuresOf } from './repo';

export interface AnnualOptions {
  source?: 'manual' | 'import';
  /** The version the editor saw; required for an existing year when `requireVersion`. */
  version?: number;
  requireVersion?: boolean;
  today?: string;
}

/** Format and cross-field checks; the same for the form and for imports. */
export function checkFigures(f: AnnualFigures, year: number, today: string): AnnualFigures {
  if (!Number.isInteger(year) || year < 2000 || year > yearOf(today)) throw invalid('year', '年度', `应为 2000–${yearOf(today)} 之间的年份`);
  for (const k of annualMoneyFields) {
    const pattern = k === 'netAssets' ? signedMoneyPattern : moneyPattern;
    if (typeof f[k] !== 'string' || !pattern.test(f[k])) throw invalid(k, annualFieldLabels[k], '应为不超过两位小数的金额（元）');
  }
  for (const k of annualCountFields) {
    if (!Number.isInteger(f[k]) || f[k] < 0 || f[k] > 10_000_000) throw invalid(k, annualFieldLabels[k], '应为非负整数');
  }
  const [problem] = annualFiguresProblems(f);
  if (problem) throw invalid(problem.field, annualFieldLabels[problem.field], problem.message);
  return normalizeFigures(figuresOf(f));
}

/**
 * Creates or changes one year's figures of an enterprise in scope, with a revision row and an
 * audit row. Idempotent: identical figures change nothing and write no revision. Runs inside the
 * caller's transaction (Excel import calls it once per row).
 */
export async function upsertAnnualData(tx: DbOrTx, scope: Scope, actor: Actor, enterpriseId: string, year: number, figures: AnnualFigures, opts: AnnualOptions = {}) {
  const ent = await lockEnterprise(tx, scope, enterpriseId);
  if (!ent) throw notFound('企业');
  if (!canKeepOwnData(scope, ent)) throw forbidden('您无权填报该企业的年度数据');
  const next = checkFigures(figures, year, opts.today ?? chinaDate(new Date()));
  const [existing] = await tx.select().from(enterpriseAnnualData)
    .where(and(eq(enterpriseAnnualData.enterpriseId, enterpriseId), eq(enterpriseAnnualData.year, year))).for('update');
  if (existing && opts.requireVersion && opts.version !== existing.version) throw staleVersion(`${year} 年度数据`);
  if (existing && annualFiguresEqual(figuresOf(existing), next)) return { action: 'unchanged' as const };
  const by = { enteredBy: actor.userId, updatedAt: new Date() };
  if (existing) {
    await tx.update(enterpriseAnnualData).set({ ...next, ...by, version: existing.version + 1 }).where(eq(enterpriseAnnualData.id, existing.id));
  } else {
    await tx.insert(enterpriseAnnualData).values({ enterpriseId, year, ...next, ...by });
  }
  const [{ last } = { last: 0 }] = await tx.select({ last: sql<number>`coalesce(max(${enterpriseAnnualRevisions.revision}), 0)::int` })
    .from(enterpriseAnnualRevisions).where(and(eq(enterpriseAnnualRevisions.enterpriseId, enterpriseId), eq(enterpriseAnnualRevisions.year, year)));
  const source = opts.source ?? 'manual';
  await tx.insert(enterpriseAnnualRevisions).values({ enterpriseId, year, revision: last + 1, figures: next, source, enteredBy: actor.userId });
  await recordAudit(tx, actor, {
    action: existing ? 'enterprise.annual.update' : 'enterprise.annual.create', objectType: 'enterprise', objectId: enterpriseId,
    details: { year, source, before: existing ? figuresOf(existing) : null, after: next },
  });
  return { action: existing ? ('updated' as const) : ('created' as const) };
}
