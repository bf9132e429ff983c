import { sql } from 'drizzle-orm';
import { z } from 'zod';
import type { DbOrTx } from '../../../db/client';
import { projectProgrammes } from '../../../db/schema/projects';
import { regions } from '../../../db/schema/regions';
import type { Scope } from '../../../platform/authz/scope';
import { forbidden } from '../../../platform/errors';
import { offsetOf, pagingQuery } from '../../../platform/http/paging';
import { isBureau } from '../shared/access';
import { budgetSums, groupSums } from './summary-sql';

export const fundsSummaryQuery = z.object({ year: z.coerce.number().int().optional().meta({ title: '年度' }), ...pagingQuery });
type FundsSummaryQuery = z.infer<typeof fundsSummaryQuery>;

type Money = string;
interface SummaryRow extends Record<string, unknown> {
  total: number;
  all_projects: number;
  all_requested: Money;
  all_approved: Money;
  all_disbursed: Money;
  all_county: Money;
  all_city_match: Money;
  all_province_match: Money;
  all_budget: Money | null;
  all_remaining: Money | null;
  /** The page's columns are null on the one row a page past the end still returns for the totals. */
  programme_id: string | null;
  programme_name: string;
  region_code: string;
  region_name: string;
  year: number;
  projects: number;
  requested: Money;
  approved: Money;
  disbursed: Money;
  county: Money;
  city_match: Money;
  province_match: Money;
  budget: Money | null;
  remaining: Money | null;
}

/**
 * One statement: the sums per programme and year, their budgets, the totals of the whole set and one
 * page of it in order (newest year, then the programme's region and name). PostgreSQL does all the
 * arithmetic in numeric (exact; sums of numeric(18,2) print with two decimals), so the app only
 * renames columns, and a province's 1,800 groups never leave the database for a 20-row page.
 * 计划结余 is the county's own money left: only a 县级科技计划 is approved from its calls' budgets. A
 * 推荐上级 project is approved and paid by the upper level, and a 自筹 one has no fiscal money, so
 * theirs is empty (it used to be the budget minus the upper level's amounts: negative).
 */
function summaryStatement(scope: Scope, q: FundsSummaryQuery) {
  return sql`
    with g as (${groupSums(scope, q.year)}), b as (${budgetSums(scope, q.year)}),
    r as (
      select g.*, g.county + g.city_match + g.province_match as disbursed, b.budget,
        case when pp.track = 'county' then b.budget - g.approved end as remaining, pp.name as programme_name, pp.region_code
      from g join ${projectProgrammes} pp on pp.id = g.programme_id
        left join b on b.programme_id = g.programme_id and b.year = g.year
    ),
    t as (
      select count(*)::int as total, coalesce(sum(projects), 0)::int as all_projects, coalesce(sum(requested), 0.00) as all_requested,
        coalesce(sum(approved), 0.00) as all_approved, coalesce(sum(disbursed), 0.00) as all_disbursed, coalesce(sum(county), 0.00) as all_county, coalesce(sum(city_match), 0.00) as all_city_match,
        coalesce(sum(province_match), 0.00) as all_province_match, sum(budget) as all_budget, sum(remaining) as all_remaining
      from r
    ),
    ordered as (select r.* from r order by r.year desc, r.region_code, r.programme_name, r.programme_id limit ${q.pageSize} offset ${offsetOf(q)}),
    page as (select ordered.*, rg.name as region_name from ordered join ${regions} rg on rg.code = ordered.region_code)
    select t.*, page.* from t left join page on true
    order by page.year desc, page.region_code, page.programme_name, page.programme_id`;
}

const sources = (r: { county: Money; city_match: Money; province_match: Money }) => ({ county: r.county, city_match: r.city_match, province_match: r.province_match });

/** Requested, approved and disbursed per programme and year against the budgets of its calls: a page and the totals. */
export async function fundsSummary(db: DbOrTx, scope: Scope, q: FundsSummaryQuery) {
  if (!isBureau(scope)) throw forbidden('只有科技局工作人员可以查看经费汇总');
  const { rows } = await db.execute<SummaryRow>(summaryStatement(scope, q));
  const head = rows[0]!;
  const all = { county: head.all_county, city_match: head.all_city_match, province_match: head.all_province_match };
  return {
    items: rows.filter((r) => r.programme_id !== null).map((r) => ({
      programmeId: r.programme_id!, programmeName: r.programme_name, regionCode: r.region_code, regionName: r.region_name, year: r.year,
      projects: r.projects, requested: r.requested, approved: r.approved, disbursed: r.disbursed, bySource: sources(r),
      budget: r.budget, remaining: r.remaining,
    })),
    total: head.total,
    page: q.page,
    pageSize: q.pageSize,
    totals: {
      projects: head.all_projects, requested: head.all_requested, approved: head.all_approved, disbursed: head.all_disbursed, bySource: all,
      budget: head.all_budget, remaining: head.all_remaining,
    },
  };
}
