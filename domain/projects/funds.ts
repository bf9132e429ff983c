import { Dec, sum } from '../exact';
import type { FundSource } from './catalog';

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

/** Totals per programme and year (requested, approved, disbursed by source) against the budget. */
export function fundsTotals(rows: readonly FundsRow[], budgets: ReadonlyMap<string, string>): FundsTotal[] {
  const groups = new Map<string, FundsRow[]>();
  for (const r of rows) {
    const key = `${r.programmeId}|${r.year}`;
    groups.set(key, [...(groups.get(key) ?? []), r]);
  }
  return [...groups.entries()]
    .map(([key, g]) => {
      const [programmeId, year] = [g[0]!.programmeId, g[0]!.year];
      const tranches = g.flatMap((r) => r.disbursed);
      const bySrc = (s: FundSource) => sum(tranches.filter((d) => d.source === s).map((d) => d.amount)).toFixed(2);
      const approved = sum(g.map((r) => r.approved ?? 0));
      const budget = budgets.get(key) ?? null;
      return {
        programmeId,
        year,
        projects: g.length,
        requested: sum(g.map((r) => r.requested)).toFixed(2),
        approved: approved.toFixed(2),
        disbursed: sum(tranches.map((d) => d.amount)).toFixed(2),
        bySource: { county: bySrc('county'), city_match: bySrc('city_match'), province_match: bySrc('province_match') },
        budget: budget === null ? null : new Dec(budget).toFixed(2),
        remaining: budget === null ? null : new Dec(budget).sub(approved).toFixed(2),
      };
    })
    .sort((a, b) => b.year - a.year || a.programmeId.localeCompare(b.programmeId));
}
