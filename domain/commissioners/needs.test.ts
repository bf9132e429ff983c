import { describe, expect, it } from 'vitest';
import { applyNeedAction, availableNeedActions, type NeedState } from './needs';
import { suggestCommissioners } from './suggest';

const raised: NeedState = { status: 'raised', commissionerId: null, satisfaction: null };
const ok = (r: ReturnType<typeof applyNeedAction>) => {
  if (!r.ok) throw new Error(r.reason);
  return r.next;
};

describe('need state machine', () => {
  it('walks raised → dispatched → in_progress → solved → rated', () => {
    const d = ok(applyNeedAction(raised, { action: 'dispatch', actor: 'staff', commissionerId: 'c1' }));
    expect(d).toEqual({ status: 'dispatched', commissionerId: 'c1', satisfaction: null });
    const p = ok(applyNeedAction(d, { action: 'start', actor: 'commissioner', commissionerId: 'c1' }));
    expect(p.status).toBe('in_progress');
    const s = ok(applyNeedAction(p, { action: 'solve', actor: 'commissioner', commissionerId: 'c1', note: '已现场指导' }));
    expect(s.status).toBe('solved');
    expect(ok(applyNeedAction(s, { action: 'feedback', actor: 'staff', satisfaction: 5 }))).toEqual({ status: 'solved', commissionerId: 'c1', satisfaction: 5 });
  });

  it('lets staff reassign a dispatched need and the commissioner decline it back to the pool', () => {
    const d = ok(applyNeedAction(raised, { action: 'dispatch', actor: 'staff', commissionerId: 'c1' }));
    const again = ok(applyNeedAction(d, { action: 'dispatch', actor: 'staff', commissionerId: 'c2' }));
    expect(again.commissionerId).toBe('c2');
    expect(ok(applyNeedAction(again, { action: 'decline', actor: 'commissioner', commissionerId: 'c2', note: '专业不对口' }))).toEqual(raised);
  });

  it.each([
    [raised, { action: 'start', actor: 'staff' }, '需求当前为“待派单”，不能开始服务'],
    [raised, { action: 'solve', actor: 'staff', note: 'x' }, '需求当前为“待派单”，不能办结'],
    [raised, { action: 'dispatch', actor: 'staff' }, '派单须选择科技特派员'],
    [raised, { action: 'dispatch', actor: 'commissioner', commissionerId: 'c1' }, '科技特派员不能派单'],
    [{ ...raised, status: 'dispatched', commissionerId: 'c1' }, { action: 'start', actor: 'commissioner', commissionerId: 'c2' }, '只有被派单的科技特派员可以开始服务'],
    [{ ...raised, status: 'dispatched', commissionerId: 'c1' }, { action: 'dispatch', actor: 'staff', commissionerId: 'c1' }, '需求已派给该科技特派员'],
    [{ ...raised, status: 'dispatched', commissionerId: 'c1' }, { action: 'decline', actor: 'commissioner', commissionerId: 'c1' }, '退回须说明原因'],
    [{ ...raised, status: 'in_progress', commissionerId: 'c1' }, { action: 'solve', actor: 'commissioner', commissionerId: 'c1', note: ' ' }, '办结须填写解决情况'],
    [{ ...raised, status: 'in_progress', commissionerId: 'c1' }, { action: 'close', actor: 'commissioner', commissionerId: 'c1', note: 'x' }, '科技特派员不能关闭'],
    [raised, { action: 'close', actor: 'staff' }, '关闭须说明原因'],
    [{ ...raised, status: 'solved', commissionerId: 'c1' }, { action: 'close', actor: 'staff', note: 'x' }, '需求当前为“已解决”，不能关闭'],
    [{ ...raised, status: 'solved', commissionerId: 'c1' }, { action: 'feedback', actor: 'staff', satisfaction: 6 }, '满意度应为 1–5 分'],
    [{ ...raised, status: 'solved', commissionerId: 'c1', satisfaction: 4 }, { action: 'feedback', actor: 'staff', satisfaction: 5 }, '该需求已评价'],
    [{ ...raised, status: 'closed' }, { action: 'dispatch', actor: 'staff', commissionerId: 'c1' }, '需求当前为“已关闭”，不能派单'],
  ] as const)('refuses %# with a reason', (state, cmd, reason) => {
    expect(applyNeedAction(state as NeedState, cmd)).toEqual({ ok: false, reason });
  });

  it('offers each actor only the actions it may take', () => {
    const d: NeedState = { status: 'dispatched', commissionerId: 'c1', satisfaction: null };
    expect(availableNeedActions(raised, 'staff')).toEqual(['dispatch', 'close']);
    expect(availableNeedActions(d, 'commissioner', 'c1')).toEqual(['decline', 'start']);
    expect(availableNeedActions(d, 'commissioner', 'c2')).toEqual([]);
    expect(availableNeedActions({ ...d, status: 'solved' }, 'staff')).toEqual(['feedback']);
    expect(availableNeedActions({ ...d, status: 'solved', satisfaction: 3 }, 'staff')).toEqual([]);
    expect(availableNeedActions({ ...d, status: 'solved' }, 'requester')).toEqual(['feedback']);
    expect(availableNeedActions(raised, 'requester')).toEqual([]);
  });
});

describe('commissioner suggestions for a need', () => {
  const candidates = [
    { id: 'a', name: '甲', field: '果蔬园艺', villageCodes: ['341522101201'], openNeeds: 0 },
    { id: 'b', name: '乙', field: '畜牧养殖', villageCodes: ['341522101201'], openNeeds: 0 },
    { id: 'c', name: '丙', field: '果蔬园艺', villageCodes: ['341522102201'], openNeeds: 3 },
    { id: 'd', name: '丁', field: '粮油作物', villageCodes: ['341522101202'], openNeeds: 0 },
  ];
  it('ranks field match first, then the village, then the township, then the load', () => {
    const s = suggestCommissioners({ field: '果蔬园艺', villageCode: '341522101201' }, candidates);
    expect(s.map((x) => x.id)).toEqual(['a', 'c', 'b', 'd']);
    expect(s[0]!.reasons).toEqual(['专业对口（果蔬园艺）', '派驻本村']);
    expect(s[3]!.reasons).toEqual(['派驻本乡镇']);
  });
});
