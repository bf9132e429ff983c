import type { ExpertCategory } from './catalog';
import { type ConflictFact, type DrawApplication, type Exclusion, exclusionsFor, type PoolExpert } from './conflicts';
import { seededPrng, shuffled } from './prng';

export const drawAlgorithm = 'sfc32-cyrb128-fisher-yates-v1';

/** How many experts each application gets and the mix the call requires. */
export interface DrawRule {
  perApplication: number;
  minFinancial: number;
  /** Minimum share of technical experts in percent (高企: 60). */
  minTechnicalPercent: number;
}

export interface DrawInput {
  seed: string;
  rule: DrawRule;
  pool: readonly PoolExpert[];
  applications: readonly DrawApplication[];
  conflicts: readonly ConflictFact[];
}

export interface Assignment {
  applicationId: string;
  expertId: string;
  category: ExpertCategory;
  /** 1-based order in which the expert was drawn for the application. */
  position: number;
}

export interface ExclusionRow {
  applicationId: string;
  expertId: string;
  expertName: string;
  reasons: Exclusion[];
}

export interface DrawResult {
  assignments: Assignment[];
  exclusions: ExclusionRow[];
  shortfalls: { applicationId: string; message: string }[];
}

export interface DrawRecord {
  algorithm: string;
  input: DrawInput;
  result: DrawResult;
}

export const technicalNeeded = (rule: DrawRule) => Math.ceil((rule.perApplication * rule.minTechnicalPercent) / 100);

export function drawRuleProblems(rule: DrawRule): string[] {
  const out: string[] = [];
  if (!Number.isInteger(rule.perApplication) || rule.perApplication < 1 || rule.perApplication > 15) out.push('每个项目的评审专家人数应为 1–15');
  if (!Number.isInteger(rule.minFinancial) || rule.minFinancial < 0) out.push('财务专家人数不能为负数');
  if (rule.minTechnicalPercent < 0 || rule.minTechnicalPercent > 100) out.push('技术专家比例应在 0–100% 之间');
  if (!out.length && rule.minFinancial + technicalNeeded(rule) > rule.perApplication) out.push('财务专家与技术专家的最低人数之和超过每个项目的评审人数');
  return out;
}

const byId = <T extends { id: string }>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

function pick(order: readonly PoolExpert[], rule: DrawRule): { chosen: PoolExpert[]; missing: string[] } {
  const chosen: PoolExpert[] = [];
  const missing: string[] = [];
  const take = (want: number, ok: (e: PoolExpert) => boolean, label: string) => {
    const found = order.filter((e) => ok(e) && !chosen.includes(e)).slice(0, want);
    chosen.push(...found);
    if (found.length < want) missing.push(`${label}不足：需要 ${want} 名，可抽取 ${found.length} 名`);
  };
  take(rule.minFinancial, (e) => e.category === 'financial', '财务专家');
  take(technicalNeeded(rule), (e) => e.category === 'technical', '技术专家');
  take(rule.perApplication - chosen.length, () => true, '评审专家');
  return { chosen, missing };
}

/**
 * Draws reviewers for a batch. Applications and experts are taken in id order and the generator
 * is seeded from the recorded seed, so the same input always yields the same assignments.
 * Every expert left out of an application is listed with all the reasons.
 */
export function drawReviewers(input: DrawInput): DrawResult {
  const prng = seededPrng(input.seed);
  const pool = [...input.pool].sort(byId);
  const drawn = new Map<string, number>();
  const result: DrawResult = { assignments: [], exclusions: [], shortfalls: [] };
  for (const app of [...input.applications].sort(byId)) {
    const eligible: PoolExpert[] = [];
    for (const e of pool) {
      const reasons = exclusionsFor(e, app, input.conflicts, drawn.get(e.id) ?? 0);
      if (reasons.length) result.exclusions.push({ applicationId: app.id, expertId: e.id, expertName: e.name, reasons });
      else eligible.push(e);
    }
    const { chosen, missing } = pick(shuffled(eligible, prng), input.rule);
    chosen.forEach((e, i) => {
      drawn.set(e.id, (drawn.get(e.id) ?? 0) + 1);
      result.assignments.push({ applicationId: app.id, expertId: e.id, category: e.category, position: i + 1 });
    });
    for (const message of missing) result.shortfalls.push({ applicationId: app.id, message });
  }
  return result;
}

export function recordDraw(input: DrawInput): DrawRecord {
  return { algorithm: drawAlgorithm, input, result: drawReviewers(input) };
}

/** JSON with object keys sorted, so a record read back from jsonb (which reorders keys) compares equal. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_k, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v);
}

/** Re-runs a recorded draw; `matches` is false if the record was altered or the algorithm changed. */
export function replayDraw(record: DrawRecord): { matches: boolean; result: DrawResult } {
  const result = drawReviewers(record.input);
  const matches = record.algorithm === drawAlgorithm && canonicalJson(result) === canonicalJson(record.result);
  return { matches, result };
}

/** Rule for drawing one replacement of the same category (after an expert declines). */
export function replacementRule(category: ExpertCategory): DrawRule {
  if (category === 'financial') return { perApplication: 1, minFinancial: 1, minTechnicalPercent: 0 };
  return { perApplication: 1, minFinancial: 0, minTechnicalPercent: category === 'technical' ? 100 : 0 };
}
