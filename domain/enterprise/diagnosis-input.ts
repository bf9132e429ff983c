import { checkDiagnosisInput, type DiagnosisInput, type YearFigures } from '../diagnosis';
import { superDeductionExcluded } from '../dict/industries';
import type { AnnualFigures } from './annual';
import { yearOf } from './dates';

/** What the enterprise master stores that the diagnosis needs. */
export interface StoredProfile {
  foundedOn: string | null;
  industryCode: string | null;
  hnteFieldCode: string | null;
}

export type StoredYear = AnnualFigures & { year: number };

export type MappedDiagnosis =
  | { ok: true; input: DiagnosisInput; years: number[]; assumptions: string[] }
  | { ok: false; years: number[]; missing: string[] };

/** The latest run of consecutive complete fiscal years (at most 3) before `asOf`, from founding on. */
export function diagnosisYears(stored: readonly StoredYear[], asOf: string, foundedOn: string | null): StoredYear[] {
  const firstYear = foundedOn ? yearOf(foundedOn) : -Infinity;
  const usable = stored.filter((y) => y.year < yearOf(asOf) && y.year >= firstYear).sort((a, b) => b.year - a.year);
  const run: StoredYear[] = [];
  for (const y of usable) {
    if (run.length === 3) break;
    if (run.length && y.year !== run[run.length - 1]!.year - 1) break;
    run.push(y);
  }
  return run.reverse();
}

const toYearFigures = (y: StoredYear): YearFigures => ({
  year: y.year,
  salesRevenue: y.salesRevenue,
  totalIncome: y.totalIncome,
  rdExpense: y.rdExpense,
  rdExpenseDomestic: y.rdExpenseDomestic,
  netAssets: y.netAssets,
  totalAssets: y.totalAssets,
  totalCost: y.totalCost,
  highTechIncome: y.highTechIncome,
  conversions: y.conversions,
});

/**
 * Builds the self-check input of `domain/diagnosis.ts` from stored data. What the master does not
 * record is assumed and said so: the IP is taken to support the main products, there was no serious
 * incident, and the 直通车 items other than a valid 高企 certificate are not held.
 */
export function mapStoredToDiagnosis(profile: StoredProfile, stored: readonly StoredYear[], hasValidHnte: boolean, asOf: string): MappedDiagnosis {
  const run = diagnosisYears(stored, asOf, profile.foundedOn);
  const years = run.map((y) => y.year);
  const missing: string[] = [];
  if (!profile.foundedOn) missing.push('成立日期');
  if (run.length === 0) missing.push(`${yearOf(asOf) - 1} 年或之前完整会计年度的年度数据`);
  if (missing.length || !profile.foundedOn) return { ok: false, years, missing };
  const latest = run[run.length - 1]!;
  const input: DiagnosisInput = {
    asOf,
    foundedOn: profile.foundedOn,
    employees: latest.employees,
    techStaff: latest.techStaff,
    years: run.map(toYearFigures),
    ip: { class1: latest.ipClass1, class2: latest.ipClass2 },
    hasCoreIp: latest.ipClass1 + latest.ipClass2 > 0,
    inKeyTechField: profile.hnteFieldCode !== null,
    seriousIncident: false,
    restrictedIndustry: profile.industryCode !== null && superDeductionExcluded.has(profile.industryCode),
    direct: { validHnte: hasValidHnte, nationalAwardTop3: false, ministerialRdInstitution: false, ledStandard: false },
  };
  const issues = checkDiagnosisInput(input);
  if (issues.length) return { ok: false, years, missing: issues.map((i) => i.message) };
  const assumptions = [
    '知识产权按对主要产品（服务）起核心支持作用计（需专家判断）',
    '近一年按未发生重大安全、质量事故或严重环境违法行为计',
    '直通车条件中，获奖、省部级研发机构、主导制定标准按不具备计',
  ];
  if (latest.year < yearOf(asOf) - 1) assumptions.unshift(`${yearOf(asOf) - 1} 年度数据尚未填报，按 ${latest.year} 年度数据评价`);
  if (run.length < 3) assumptions.push(`仅有 ${run.length} 个连续完整会计年度的数据`);
  return { ok: true, input, years, assumptions };
}
