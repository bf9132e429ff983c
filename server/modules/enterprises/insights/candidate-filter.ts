import { type SQL, sql } from 'drizzle-orm';
import type { DiagnosisPolicies } from '../../../../domain/diagnosis';
import type { CandidateTarget } from '../../../../domain/enterprise/candidates';
import { superDeductionExcluded } from '../../../../domain/dict/industries';
import type { Band, IpBands } from '../../../../domain/policy/types';

/**
 * Necessary conditions of a candidacy (domain/enterprise/candidates.ts), as SQL over the latest
 * usable annual row `latest` (the last year of the diagnosis run: the newest stored year before
 * the year of `asOf` and not before the founding year), the enterprise `e` and its holdings.
 * Every threshold comes from the policy objects the diagnosis itself uses. Each branch only keeps
 * conditions the rule checks without exception, so an enterprise the SQL drops could not have been
 * a candidate; the rule still decides for every enterprise the SQL keeps (tests/insights.test.ts).
 */

const num = (v: string | number) => sql`${String(v)}::numeric`;

/** Twin of bandOf: a base ≤ 0 leaves the ratio undefined, which only the catch-all row takes. */
function bandPoints(numerator: SQL, denominator: SQL, bands: readonly Band<number>[]): SQL {
  const rows = bands.filter((b) => b.from !== null)
    .map((b) => sql`when ${denominator} > 0 and ${numerator} ${sql.raw(b.strict ? '>' : '>=')} ${denominator} * ${num(b.from!)} then ${b.points}::int`);
  const rest = bands.find((b) => b.from === null)!.points;
  return sql`(case ${sql.join(rows, sql` `)} else ${rest}::int end)`;
}

/** Twin of ipBandOf: any Ⅰ类 item decides alone, otherwise the Ⅱ类 count is banded. */
const ipPoints = (bands: IpBands<number>) =>
  sql`(case when latest.ip_class1 >= ${bands.class1.from}::int then ${bands.class1.points}::int else ${bandPoints(sql`latest.ip_class2`, sql`1`, bands.class2)} end)`;

/** ratio(a, b) is defined (b > 0) and reaches `min`: the domain's atLeast by cross-multiplication. */
const reaches = (a: SQL, b: SQL, min: string) => sql`(${b} > 0 and ${a} >= ${b} * ${num(min)})`;

/** SQL of the enterprise's holdings on `asOf`, as hasValidTier(…, 'hnte') and hasTechSmeForYear read them. */
export interface Holdings { validHnte: SQL; techSmeThisYear: SQL }

/** 高企 conditions on the latest year alone: core IP, tech staff and high-tech income ratios. */
const hnteYearMayQualify = (p: DiagnosisPolicies['hnte']) => sql`(latest.ip_class1 + latest.ip_class2 >= 1
  and ${reaches(sql`latest.tech_staff`, sql`latest.employees`, p.minTechStaffRatio)}
  and ${reaches(sql`latest.high_tech_income`, sql`latest.total_income`, p.minHighTechIncomeRatio)})`;

/**
 * 高企: no valid certificate, and the 第十一条 conditions that read only the latest year and the
 * master (age, key field); the R&D ratios span the run and the score needs the assessment, so the
 * rule checks those.
 */
export const hnteMayQualify = (p: DiagnosisPolicies['hnte'], asOf: string, holds: Holdings) => sql`(not ${holds.validHnte}
  and e.hnte_field_code is not null
  and ${asOf}::date - e.founded_on >= ${p.minAgeDays}::int
  and ${hnteYearMayQualify(p)})`;

/**
 * 科小 conditions on the latest year: the size limits and, unless a valid 高企 certificate (直通车)
 * replaces the score, a non-zero tech-staff score and the pass score.
 */
function techSmeYearMayQualify(p: DiagnosisPolicies['techSme'], validHnte: SQL) {
  const staff = bandPoints(sql`latest.tech_staff`, sql`latest.employees`, p.techStaffBands);
  const rd = sql`greatest(${bandPoints(sql`latest.rd_expense`, sql`latest.sales_revenue`, p.rdBySalesBands)}, ${bandPoints(sql`latest.rd_expense`, sql`latest.total_cost`, p.rdByCostBands)})`;
  return sql`(latest.employees <= ${p.maxEmployees}::int
    and latest.sales_revenue <= ${num(p.maxSales)}
    and latest.total_assets <= ${num(p.maxAssets)}
    and (${validHnte} or (${staff} > 0 and ${staff} + ${rd} + ${ipPoints(p.ipBands)} >= ${p.passScore}::int)))`;
}

/** 科小: not registered for the year, not a restricted industry, and the conditions on the latest year. */
export const techSmeMayQualify = (p: DiagnosisPolicies['techSme'], holds: Holdings) => sql`(not ${holds.techSmeThisYear}
  and (e.industry_code is null or not e.industry_code = any(${sql.param([...superDeductionExcluded])}::text[]))
  and ${techSmeYearMayQualify(p, holds.validHnte)})`;

/**
 * The part of either branch that reads only the latest annual row (and a hashed set of holders), so
 * the scan of annual rows can drop most of them before any join.
 */
export const yearMayQualify = (p: DiagnosisPolicies, targets: readonly CandidateTarget[], validHnte: SQL) => sql`(${sql.join([
  targets.includes('hnte') ? hnteYearMayQualify(p.hnte) : sql`false`,
  targets.includes('tech_sme') ? techSmeYearMayQualify(p.techSme, validHnte) : sql`false`,
], sql` or `)})`;
