import { and, eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import { fundSources, type FundSource } from '../../../../domain/projects/catalog';
import { type FundsGroupSums, fundsTotalsOfSums } from '../../../../domain/projects/funds';
import type { DbOrTx } from '../../../db/client';
import { projectFundTotals } from '../../../db/schema/project-fund-totals';
import { projectCalls, projectDisbursements, projectProgrammes, projects } from '../../../db/schema/projects';
import { inRegion, type Scope } from '../../../platform/authz/scope';
import { forbidden } from '../../../platform/errors';
import { isBureau } from '../shared/access';

interface SumsRow extends Record<string, unknown> {
  programme_id: string;
  year: number;
  projects: number;
  requested: string;
  approved: string;
  /** Disbursed per source as numeric text, e.g. {"county": "1200.50"}; sources without tranches absent. */
  by_source: Record<string, string>;
}

/**
 * One row per programme and year, summed by PostgreSQL in numeric (exact) from the projects and
 * their tranches: for a scope finer than a county, which project_fund_totals cannot tell apart.
 */
async function projectSums(db: DbOrTx, scope: Scope, year?: number): Promise<FundsGroupSums[]> {
  const where = and(inRegion(scope, projects.regionCode), year ? eq(projects.year, year) : undefined, sql`${projects.state} <> 'draft'`);
  const result = await db.execute<SumsRow>(sql`
    with p as (
      select ${projects.id} as id, ${projects.programmeId} as programme_id, ${projects.year} as year,
        ${projects.requestedFiscal} as requested, ${projects.approvedAmount} as approved
      from ${projects} where ${where}
    ), d as (
      select p.programme_id, p.year, t.source, sum(t.amount) as amount
      from ${projectDisbursements} t join p on p.id = t.project_id
      group by p.programme_id, p.year, t.source
    ), s as (
      select programme_id, year, jsonb_object_agg(source, amount::text) as by_source from d group by programme_id, year
    )
    select g.programme_id, g.year, g.projects, g.requested, g.approved, coalesce(s.by_source, '{}') as by_source
    from (
      select programme_id, year, count(*)::int as projects, sum(requested)::text as requested, coalesce(sum(approved), 0)::text as approved
      from p group by programme_id, year
    ) g left join s on s.programme_id = g.programme_id and s.year = g.year`);
  return result.rows.map((r) => ({
    programmeId: r.programme_id, year: r.year, projects: r.projects, requested: r.requested, approved: r.approved,
    disbursedBySource: Object.fromEntries(fundSources.filter((s) => r.by_source[s] !== undefined).map((s) => [s, r.by_source[s]!])) as Partial<Record<FundSource, string>>,
  }));
}

interface TotalsRow extends Record<string, unknown> {
  programme_id: string;
  year: number;
  projects: number;
  requested: string;
  approved: string;
  county: string;
  city_match: string;
  province_match: string;
}

/**
 * The same sums from project_fund_totals (migration 0013: per programme, year and county, kept by
 * triggers): a province reads a few thousand rows instead of 50,000 projects and their tranches.
 */
async function keptSums(db: DbOrTx, scope: Scope, year?: number): Promise<FundsGroupSums[]> {
  const t = projectFundTotals;
  const result = await db.execute<TotalsRow>(sql`
    select ${t.programmeId} as programme_id, ${t.year} as year, sum(${t.projects})::int as projects,
      sum(${t.requestedFiscal})::text as requested, sum(${t.approvedAmount})::text as approved, sum(${t.disbursedCounty})::text as county,
      sum(${t.disbursedCityMatch})::text as city_match, sum(${t.disbursedProvinceMatch})::text as province_match
    from ${t} where ${and(inRegion(scope, t.countyCode), year ? eq(t.year, year) : undefined)}
    group by ${t.programmeId}, ${t.year} having sum(${t.projects}) > 0`);
  return result.rows.map((r) => ({
    programmeId: r.programme_id, year: r.year, projects: r.projects, requested: r.requested, approved: r.approved,
    disbursedBySource: { county: r.county, city_match: r.city_match, province_match: r.province_match },
  }));
}

/** Bureaus of a county or above read the kept totals; a finer scope sums its projects. */
const groupSums = (db: DbOrTx, scope: Scope, year?: number) => (scope.regionCode.length <= 6 ? keptSums : projectSums)(db, scope, year);

export const fundsSummaryQuery = z.object({ year: z.coerce.number().int().optional() });

/** Requested, approved and disbursed per programme and year, against the budgets of its calls. */
export async function fundsSummary(db: DbOrTx, scope: Scope, year?: number) {
  if (!isBureau(scope)) throw forbidden('只有科技局工作人员可以查看经费汇总');
  const [groups, budgets, names] = await Promise.all([
    groupSums(db, scope, year),
    db.select({ programmeId: projectCalls.programmeId, year: projectCalls.year, budget: sql<string>`sum(${projectCalls.budget})::text` })
      .from(projectCalls).where(and(inRegion(scope, projectCalls.regionCode), year ? eq(projectCalls.year, year) : undefined))
      .groupBy(projectCalls.programmeId, projectCalls.year),
    db.select({ id: projectProgrammes.id, name: projectProgrammes.name }).from(projectProgrammes),
  ]);
  const nameOf = new Map(names.map((n) => [n.id, n.name]));
  const totals = fundsTotalsOfSums(groups, new Map(budgets.map((b) => [`${b.programmeId}|${b.year}`, b.budget])));
  return { items: totals.map((t) => ({ ...t, programmeName: nameOf.get(t.programmeId) ?? '' })) };
}
