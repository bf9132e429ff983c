import { describe, expect, it } from 'vitest';
import { decideChange, changeRequestProblem } from './changes';
import { approvedAmountProblem, checkDisbursement } from './funds';

describe('disbursement limit Σ disbursed ≤ approved', () => {
  const paid = [{ amount: '100000.10' }, { amount: '199999.90' }];

  it('allows reaching the approved amount exactly', () => {
    expect(checkDisbursement('500000', paid, '200000.00')).toEqual({ ok: true, reason: null, disbursedAfter: '500000.00', remainingAfter: '0.00' });
  });

  it('refuses one cent more, saying how much is left', () => {
    expect(checkDisbursement('500000', paid, '200000.01')).toMatchObject({
      ok: false, reason: '超额拨付：立项金额 500000.00 元，已拨付 300000.00 元，本次最多还可拨付 200000.00 元',
    });
  });

  it('is exact where binary floats are not (0.1 + 0.2 = 0.3)', () => {
    expect(checkDisbursement('0.30', [{ amount: '0.10' }], '0.20').ok).toBe(true);
  });

  it('refuses zero, negative, malformed amounts and projects without an approved amount', () => {
    for (const bad of ['0', '-1', '1.001', 'abc', '']) expect(checkDisbursement('100', [], bad).reason).toBe('拨付金额应为大于 0 的金额，最多两位小数');
    expect(checkDisbursement(null, [], '1').reason).toBe('该项目尚未确定立项金额，不能拨付');
  });

  it('limits the approved amount to the fiscal money requested', () => {
    expect(approvedAmountProblem('500000.00', '500000')).toBeNull();
    expect(approvedAmountProblem('500000.00', '500000.01')).toBe('立项金额 500000.01 元超过申请的财政资金 500000.00 元');
    expect(approvedAmountProblem('500000.00', '1e3')).toBe('立项金额应为非负数，最多两位小数');
  });
});

describe('change requests', () => {
  it('termination needs a leader; extension and budget staff or leader', () => {
    expect(decideChange('termination', 'pending', ['staff'], true, null)).toMatchObject({ ok: false, reason: '项目终止须由局领导审批' });
    expect(decideChange('termination', 'pending', ['leader'], true, null)).toEqual({ ok: true, status: 'approved' });
    expect(decideChange('extension', 'pending', ['staff'], true, null)).toEqual({ ok: true, status: 'approved' });
    expect(decideChange('budget', 'pending', ['applicant'], true, null)).toMatchObject({ ok: false, reason: '只有业务科室或局领导可以审批变更' });
  });

  it('needs a reason to refuse and cannot be decided twice', () => {
    expect(decideChange('budget', 'pending', ['staff'], false, '')).toMatchObject({ ok: false, reason: '不批准时须填写理由' });
    expect(decideChange('budget', 'approved', ['staff'], true, null)).toMatchObject({ ok: false, reason: '该变更申请已批准，不能重复审批' });
  });

  it('an extension must move the end date later', () => {
    expect(changeRequestProblem('extension', { reason: '设备到货延迟', newEndOn: '2027-06-30', currentEndOn: '2027-06-30' })).toBe('延期后的结束日期应晚于原结束日期');
    expect(changeRequestProblem('extension', { reason: '设备到货延迟', newEndOn: '2027-12-31', currentEndOn: '2027-06-30' })).toBeNull();
    expect(changeRequestProblem('termination', { reason: ' ' })).toBe('请填写变更理由');
  });
});
