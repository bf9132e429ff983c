import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/harness';
import { demoEnterprise, fullContent, openCall, upload } from '../testing/fixtures';
import { type Actors, actors, expertPanel, move, mustMove, scoreAll } from '../testing/flow';

let t: TestApp;
let a: Actors;
beforeAll(async () => {
  t = await createTestApp();
  await demoEnterprise(t);
  a = await actors(t);
  // These tests build their own expert pools: the demo pool sits out.
  await t.pool.query('update experts set status = $1 where is_demo', ['retired']);
});
afterAll(() => t.close());

describe('an application from draft to 立项', () => {
  let id: string;
  let callId: string;

  it('starts as a draft prefilled from the enterprise master', async () => {
    callId = (await openCall(a.staff)).id;
    const res = await a.enterprise.post('/api/v1/projects', { callId });
    expect(res.statusCode).toBe(201);
    const p = res.json();
    id = p.id;
    expect(p).toMatchObject({ state: 'draft', stateLabel: '草稿', applicantInfo: { name: '霍邱县演示智能装备有限公司', isTechSme: true, frozen: false } });
    expect(p.actions.map((x: { event: string }) => x.event)).toEqual(['submit']);
    expect(p.completeness.map((x: { field: string }) => x.field)).toEqual(expect.arrayContaining(['title', 'budget', 'attachments']));
  });

  it('auto-saves the draft with exact budget totals, and refuses an incomplete submission listing what is missing', async () => {
    const v = (await a.enterprise.get(`/api/v1/projects/${id}`)).json().version;
    const saved = await a.enterprise.patch(`/api/v1/projects/${id}`, { version: v, ...fullContent });
    expect(saved.statusCode).toBe(200);
    expect(saved.json()).toMatchObject({ requestedFiscal: '300000.00', budgetTotals: { fiscal: '300000.00', self: '400000.00', total: '700000.00' } });
    expect(saved.json().completeness).toEqual([{ field: 'attachments', message: '缺少附件：营业执照' }]);
    const refused = await move(a.enterprise, id, 'submit');
    expect(refused.statusCode).toBe(409);
    expect(refused.json()).toMatchObject({ code: 'INVALID_TRANSITION', message: '申报书不完整：缺少附件：营业执照' });
  });

  it('submits once complete, freezing the applicant data, and tells the staff', async () => {
    expect((await upload(a.enterprise, id, 'licence')).statusCode).toBe(201);
    const p = await mustMove(a.enterprise, id, 'submit');
    expect(p).toMatchObject({ state: 'submitted', applicantInfo: { frozen: true }, actions: [{ event: 'withdraw' }] });
    const notes = (await a.staff.get('/api/v1/notifications?unread=true')).json();
    expect(notes.items.map((n: { title: string }) => n.title)).toContain('新的项目申报待形式审查：智能农机关键部件研发与示范');
    const edit = await a.enterprise.patch(`/api/v1/projects/${id}`, { version: p.version, title: '改名' });
    expect(edit.statusCode).toBe(409);
  });

  it('formal review: returning needs reasons, the applicant resubmits, staff pass it', async () => {
    expect((await move(a.staff, id, 'formal_return')).json()).toMatchObject({ code: 'VALIDATION_FAILED', message: '请填写退回原因' });
    await mustMove(a.staff, id, 'formal_return', { comment: '预算说明不清' });
    const notes = (await a.enterprise.get('/api/v1/notifications')).json();
    expect(notes.items[0]).toMatchObject({ title: expect.stringContaining('退回修改'), body: '预算说明不清' });
    await mustMove(a.enterprise, id, 'submit');
    expect((await move(a.enterprise, id, 'formal_pass')).statusCode).toBe(403);
    expect((await mustMove(a.staff, id, 'formal_pass')).state).toBe('in_review');
  });

  it('review: draw, experts score, staff complete the review', async () => {
    const panel = await expertPanel(t);
    const draw = await a.staff.post('/api/v1/review-draws', { callId });
    expect(draw.statusCode).toBe(201);
    expect(draw.json().projects[0].assignments).toHaveLength(3);
    expect(draw.json().replayMatches).toBe(true);
    expect((await move(a.staff, id, 'complete_review')).json().message).toBe('还有 3 份专家评审意见未提交');
    await scoreAll(panel, id);
    const summary = (await a.staff.get(`/api/v1/projects/${id}/reviews`)).json();
    expect(summary.aggregate).toMatchObject({ count: 3, mean: '75.50', trimmedMean: '75.50', spreadFlag: false });
    expect((await mustMove(a.staff, id, 'complete_review')).state).toBe('reviewed');
  });

  it('拟立项 → 公示 → 立项 with an approved amount and a project number', async () => {
    await mustMove(a.staff, id, 'propose');
    const today = new Date();
    const day = (n: number) => new Date(today.getTime() + n * 86_400_000).toISOString().slice(0, 10);
    await mustMove(a.staff, id, 'publish', { publicityStartsOn: day(-5), publicityEndsOn: day(-1) });
    expect((await move(a.leader, id, 'approve')).json().message).toBe('请填写立项金额（元）');
    expect((await move(a.leader, id, 'approve', { approvedAmount: '300000.01' })).json().message).toBe('立项金额 300000.01 元超过申请的财政资金 300000.00 元');
    const p = await mustMove(a.leader, id, 'approve', { approvedAmount: '250000' });
    expect(p).toMatchObject({ state: 'approved', approvedAmount: '250000.00', projectNo: expect.stringMatching(/^\d{4}-341522-\d{3}$/) });
    const timeline = (await a.staff.get(`/api/v1/projects/${id}/timeline`)).json().items.map((e: { label: string }) => e.label);
    expect(timeline).toEqual(['创建申报书', '提交申报', '退回修改', '提交申报', '形式审查通过', '评审完成', '拟立项', '发布公示', '立项']);
  });

});
