import { and, eq, type SQL, sql } from 'drizzle-orm';
import { projectFundTotals } from '../../../db/schema/project-fund-totals';
import { projectCalls, projectDisbursements, projects } from '../../../db/schema/projects';
import { inRegion, type Scope } from '../../../platform/authz/scope';

/**
 * The sums per programme and year as one SQL relation `(programme_id, year, projects, requested,
 * approved, county, city_match, province_match)`, all numeric(18,2) so they stay exact and print
 * with two decimals.
 *
 * A county or wider scope reads project_fund_totals (migration 0013: per programme, year and county,
 * kept by triggers): a province groups a few thousand rows instead of 50,000 projects and their
 * tranches. A finer scope (a town) cannot be told apart there and sums its own projects.
 */
export function groupSums(scope: Scope, year?: number): SQL {
  if (scope.regionCode.length <= 6) {
    const t = projectFundTotals;
    return sql`
      select ${t.programmeId} as programme_id, ${t.year} as year, sum(${t.projects})::int as projects,
        sum(${t.requestedFiscal}) as requested, sum(${t.approvedAmount}) as approved, sum(${t.disbursedCounty}) as county,
        sum(${t.disbursedCityMatch}) as city_match, sum(${t.disbursedProvinceMatch}) as province_match
      from ${t} where ${and(inRegion(scope, t.countyCode), year ? eq(t.year, year) : undefined)}
      group by ${t.programmeId}, ${t.year} having sum(${t.projects}) > 0`;
  }
  const d = projectDisbursements;
  return sql`
    select ${projects.programmeId} as programme_id, ${projects.year} as year, count(*)::int as projects,
      sum(${projects.requestedFiscal}) as requested, coalesce(sum(${projects.approvedAmount}), 0.00) as approved,
      coalesce(sum(d.county), 0.00) as county, coalesce(sum(d.city_match), 0.00) as city_match, coalesce(sum(d.province_match), 0.00) as province_match
    from ${projects} left join lateral (
      select sum(${d.amount}) filter (where ${d.source} = 'county') as county,
        sum(${d.amount}) filter (where ${d.source} = 'city_match') as city_match,
        sum(${d.amount}) filter (where ${d.source} = 'province_match') as province_match
      from ${d} where ${d.projectId} = ${projects.id}
    ) d on true
    where ${and(inRegion(scope, projects.regionCode), year ? eq(projects.year, year) : undefined, sql`${projects.state} <> 'draft'`)}
    group by ${projects.programmeId}, ${projects.year}`;
}

/** 计划资金: the budgets of the calls in scope, per programme and year. */
export function budgetSums(scope: Scope, year?: number): SQL {
  return sql`
    select ${projectCalls.programmeId} as programme_id, ${projectCalls.year} as year, sum(${projectCalls.budget}) as budget
    from ${projectCalls} where ${and(inRegion(scope, projectCalls.regionCode), year ? eq(projectCalls.year, year) : undefined)}
    group by ${projectCalls.programmeId}, ${projectCalls.year}`;
}
