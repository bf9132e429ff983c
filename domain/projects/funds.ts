import { Dec, type DecValue, sum } from '../exact';
import { type FundSource, fundSources } from './catalog';

export const moneyPattern = /^\d{1,12}(\.\d{1,2})?$/;

export interface Disbursement {
  amount: string;
  source: FundSource;
  paidOn: string;
}

export interface DisbursementCheck {
  ok: boolean;
  reason: string | null;
  /** Totals after this disbursement, 元 with 2 decimals. */
  disbursedAfter: string;
  remainingAfter: string;
}

/**
 * A new tranche may bring the total disbursed up to the approved amount, never beyond it
 * (Σ disbursed ≤ approved), compared exactly in decimals.
 */
export function checkDisbursement(approved: string | null, existing: readonly Pick<Disbursement, 'amount'>[], amount: string): DisbursementCheck {
  const before = sum(existing.map((d) => d.amount));
  const after = before.add(moneyPattern.test(amount) ? amount : 0);
  const base = { disbursedAfter: after.toFixed(2), remainingAfter: new Dec(approved ?? 0).sub(after).toFixed(2) };
  if (!moneyPattern.test(amount) || new Dec(amount).lte(0)) return { ok: false, reason: '拨付金额应为大于 0 的金额，最多两位小数', ...base };
  if (approved === null) return { ok: false, reason: '该项目尚未确定立项金额，不能拨付', ...base };
  if (after.gt(approved)) {
    const left = new Dec(approved).sub(before);
    return { ok: false, reason: `超额拨付：立项金额 ${new Dec(approved).toFixed(2)} 元，已拨付 ${before.toFixed(2)} 元，本次最多还可拨付 ${left.toFixed(2)} 元`, ...base };
  }
  return { ok: true, reason: null, ...base };
}

/** Approved amount may not exceed the fiscal money the applicant asked for. */
export function approvedAmountProblem(requestedFiscal: string, approved: string): string | null {
  if (!moneyPattern.test(approved)) return '立项金额应为非负数，最多两位小数';
  return new Dec(approved).gt(requestedFiscal) ? `立项金额 ${new Dec(approved).toFixed(2)} 元超过申请的财政资金 ${new Dec(requestedFiscal).toFixed(2)} 元` : null;
}

export interface FundsRow {
  programmeId: string;
  year: number;
  requested: string;
  approved: string | null;
  disbursed: readonly Pick<Disbursement, 'amount' | 'source'>[];
}

export interface FundsTotal {
  programmeId: string;
  year: number;
  projects: number;
  requested: string;
  approved: string;
  disbursed: string;
  bySource: Record<FundSource, string>;
  /** Budget of the programme in that year, when known; remaining = budget − approved. */
  budget: string | null;
  remaining: string | null;
}

/** The sums of one programme and year, as SQL's numeric sum() or fundsTotals gives them. */
export interface FundsGroupSums {
  programmeId: string;
  year: number;
  projects: number;
  requested: DecValue;
  approved: DecValue;
  disbursedBySource: Partial<Record<FundSource, DecValue>>;
}

const budgetKey = (programmeId: string, year: number) => `${programmeId}|${year}`;

/**
 * Totals per programme and year from their sums, against the budgets (keyed `programmeId|year`),
 * newest year first. The database sums a province's projects; this only formats and compares.
 */
export function fundsTotalsOfSums(groups: readonly FundsGroupSums[], budgets: ReadonlyMap<string, string>): FundsTotal[] {
  return groups
    .map((g) => {
      const bySource = Object.fromEntries(fundSources.map((s) => [s, new Dec(g.disbursedBySource[s] ?? 0).toFixed(2)])) as Record<FundSource, string>;
      const approved = new Dec(g.approved);
      const budget = budgets.get(budgetKey(g.programmeId, g.year)) ?? null;
      return {
        programmeId: g.programmeId,
        year: g.year,
        projects: g.projects,
        requested: new Dec(g.requested).toFixed(2),
        approved: approved.toFixed(2),
        disbursed: sum(fundSources.map((s) => g.disbursedBySource[s] ?? 0)).toFixed(2),
        bySource,
        budget: budget === null ? null : new Dec(budget).toFixed(2),
        remaining: budget === null ? null : new Dec(budget).sub(approved).toFixed(2),
      };
    })
    .sort((a, b) => b.year - a.year || a.programmeId.localeCompare(b.programmeId));
}

/** Totals per programme and year (requested, approved, disbursed by source) of single projects. */
export function fundsTotals(rows: readonly FundsRow[], budgets: ReadonlyMap<string, string>): FundsTotal[] {
  const groups = new Map<string, FundsGroupSums & { requested: Dec; approved: Dec; disbursedBySource: Record<FundSource, Dec> }>();
  for (const r of rows) {
    const key = budgetKey(r.programmeId, r.year);
    let g = groups.get(key);
    if (!g) {
      const zero = Object.fromEntries(fundSources.map((s) => [s, new Dec(0)])) as Record<FundSource, Dec>;
      g = { programmeId: r.programmeId, year: r.year, projects: 0, requested: new Dec(0), approved: new Dec(0), disbursedBySource: zero };
      groups.set(key, g);
    }
    g.projects++;
    g.requested = g.requested.add(r.requested);
    g.approved = g.approved.add(r.approved ?? 0);
    for (const d of r.disbursed) g.disbursedBySource[d.source] = g.disbursedBySource[d.source].add(d.amount);
  }
  return fundsTotalsOfSums([...groups.values()], budgets);
}
