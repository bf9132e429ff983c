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
