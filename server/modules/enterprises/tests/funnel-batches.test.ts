import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Agent, createTestApp, type TestApp } from '../../../test/harness';
import { createEnterprise } from './helpers';

let t: TestApp;
let staff: Agent;
beforeAll(async () => {
  t = await createTestApp();
  t.clock.set(new Date('2026-06-15T10:00:00+08:00'));
  staff = await t.login('staff');
});
afterAll(() => t.close());

const move = async (id: string, to: string | null, reason = '调整培育阶段') => {
  const version = (await staff.get(`/api/v1/enterprises/${id}`)).json().version;
  return staff.post(`/api/v1/enterprises/${id}/funnel-moves`, { to, reason, version });
};

describe('cultivation funnel', () => {
  it('moves forward (skipping allowed) and one step back, with who, when and why', async () => {
    const e = await createEnterprise(staff);
    expect((await move(e.id, 'team', '创业团队入驻孵化器')).json().funnelStage).toBe('team');
    expect((await move(e.id, 'incubating', '诊断接近高企条件')).json().funnelStage).toBe('incubating');
    const back = await move(e.id, 'startup', '研发投入下降，退回初创期');
    expect(back.json()).toMatchObject({ funnelStage: 'startup', funnelStageLabel: '初创期科技型企业' });
    const history = back.json().funnelHistory;
    expect(history.map((m: { from: string | null; to: string }) => [m.from, m.to])).toEqual([['incubating', 'startup'], ['team', 'incubating'], [null, 'team']]);
    expect(history[0]).toMatchObject({ reason: '研发投入下降，退回初创期', by: { name: '李科员（演示）' }, fromLabel: '高企培育库', toLabel: '初创期科技型企业' });
  });

  it('refuses 高新技术企业 without a valid certificate, jumping back, and the current stage', async () => {
    const e = await createEnterprise(staff);
    await move(e.id, 'incubating');
    const noCert = await move(e.id, 'hnte');
    expect(noCert.statusCode).toBe(409);
    expect(noCert.json()).toMatchObject({ code: 'INVALID_TRANSITION', message: '移入“高新技术企业”阶段须有在有效期内的高新技术企业证书' });
    await staff.post(`/api/v1/enterprises/${e.id}/tiers`, { kind: 'hnte', number: 'GR202234000001', issuedOn: '2022-12-01' });
    expect((await move(e.id, 'hnte')).statusCode).toBe(409);
    await staff.post(`/api/v1/enterprises/${e.id}/tiers`, { kind: 'hnte', number: 'GR202534000001', issuedOn: '2025-12-01' });
    expect((await move(e.id, 'hnte')).statusCode).toBe(200);
    expect((await move(e.id, 'team')).json().message).toMatch(/每次只能后退一个阶段/);
    expect((await move(e.id, 'hnte')).json().message).toMatch(/已处于/);
    expect((await move(e.id, null, '企业迁出本县')).json().funnelStage).toBeNull();
  });

  it('needs the current version and a reason', async () => {
    const e = await createEnterprise(staff);
    expect((await staff.post(`/api/v1/enterprises/${e.id}/funnel-moves`, { to: 'team', reason: '入链', version: 99 })).json().code).toBe('STALE_VERSION');
    expect((await staff.post(`/api/v1/enterprises/${e.id}/funnel-moves`, { to: 'team', reason: '', version: e.version })).statusCode).toBe(400);
  });
});

describe('application batches', () => {
  const outcome = (batchId: string, entryId: string, body: Record<string, unknown>) =>
    staff.post(`/api/v1/enterprises/batches/${batchId}/entries/${entryId}/outcome`, body);
  const advance = async (batchId: string, to: string) => {
    const b = (await staff.get(`/api/v1/enterprises/batches/${batchId}`)).json();
    return staff.post(`/api/v1/enterprises/batches/${batchId}/advance`, { version: b.version, to });
  };

  it('run 推荐 → 专家评审 → 公示 → 认定, and 认定 creates the certificate and moves the funnel', async () => {
    const batch = (await staff.post('/api/v1/enterprises/batches', { kind: 'hnte', year: 2026, name: '2026年第二批高企认定（测试）' })).json();
    expect(batch).toMatchObject({ status: 'recommending', statusLabel: '推荐', regionCode: '341522', abilities: { addEntries: true } });
    const [a, b, c] = [await createEnterprise(staff), await createEnterprise(staff), await createEnterprise(staff)];
    await move(a.id, 'incubating');
    const entries = [];
    for (const e of [a, b, c]) entries.push((await staff.post(`/api/v1/enterprises/batches/${batch.id}/entries`, { enterpriseId: e.id })).json());
    expect((await staff.post(`/api/v1/enterprises/batches/${batch.id}/entries`, { enterpriseId: a.id })).statusCode).toBe(409);
    const early = await outcome(batch.id, entries[0].id, { outcome: 'passed_review' });
    expect(early.json().message).toBe('批次进入“专家评审”阶段后才能登记“通过专家评审”');
    expect((await advance(batch.id, 'publicity')).statusCode).toBe(409);
    expect((await advance(batch.id, 'expert_review')).json().status).toBe('expert_review');
    expect((await staff.post(`/api/v1/enterprises/batches/${batch.id}/entries`, { enterpriseId: (await createEnterprise(staff)).id })).statusCode).toBe(409);
    expect((await outcome(batch.id, entries[0].id, { outcome: 'passed_review' })).json().outcomeLabel).toBe('通过专家评审');
    expect((await outcome(batch.id, entries[1].id, { outcome: 'rejected', reason: '研发费用占比不足' })).json().outcome).toBe('rejected');
    await outcome(batch.id, entries[2].id, { outcome: 'passed_review' });
    await advance(batch.id, 'publicity');
    await outcome(batch.id, entries[0].id, { outcome: 'publicised' });
    await outcome(batch.id, entries[2].id, { outcome: 'publicised' });
    await advance(batch.id, 'recognised');
    const noCert = await outcome(batch.id, entries[0].id, { outcome: 'recognised' });
    expect(noCert.statusCode).toBe(400);
    const ok = await outcome(batch.id, entries[0].id, { outcome: 'recognised', certificate: { number: 'GR202634000100', issuedOn: '2026-06-10' } });
    expect(ok.json()).toMatchObject({ outcome: 'recognised', tierId: expect.any(String) });
    const detail = (await staff.get(`/api/v1/enterprises/${a.id}`)).json();
    expect(detail).toMatchObject({ tiers: ['hnte'], funnelStage: 'hnte', currentTiers: [{ number: 'GR202634000100', sourceBatchId: batch.id, validUntil: '2029-06-10' }] });
    expect(detail.funnelHistory[0].reason).toBe('2026年第二批高企认定（测试）认定');
    expect(detail.batchEntries).toMatchObject([{ batchId: batch.id, outcome: 'recognised', outcomeLabel: '认定' }]);
    expect((await outcome(batch.id, entries[0].id, { outcome: 'rejected' })).statusCode).toBe(409);
    const final = (await staff.get(`/api/v1/enterprises/batches/${batch.id}`)).json();
    expect(final).toMatchObject({ status: 'recognised', entryCount: 3, outcomeCounts: { recognised: 1, rejected: 1, publicised: 1 }, abilities: { advance: false } });
    expect((await advance(batch.id, 'recognised')).json().message).toMatch(/流程已结束/);
  });

  it('registers 科小 for the batch year on 认定, and deletes only while recommending', async () => {
    const batch = (await staff.post('/api/v1/enterprises/batches', { kind: 'tech_sme', year: 2026, name: '2026年科小评价（测试）' })).json();
    const e = await createEnterprise(staff);
    const entry = (await staff.post(`/api/v1/enterprises/batches/${batch.id}/entries`, { enterpriseId: e.id })).json();
    for (const [to, o] of [['expert_review', 'passed_review'], ['publicity', 'publicised'], ['recognised', null]] as const) {
      await advance(batch.id, to);
      if (o) await outcome(batch.id, entry.id, { outcome: o });
    }
    await outcome(batch.id, entry.id, { outcome: 'recognised', certificate: { number: '20263415220099' } });
    const tiers = (await staff.get(`/api/v1/enterprises/${e.id}/tiers`)).json().items;
    expect(tiers).toMatchObject([{ kind: 'tech_sme', year: 2026, number: '20263415220099', state: 'valid' }]);
    expect((await staff.delete(`/api/v1/enterprises/batches/${batch.id}`)).statusCode).toBe(409);
    const fresh = (await staff.post('/api/v1/enterprises/batches', { kind: 'hnte', year: 2026, name: '临时批次（测试）' })).json();
    expect((await staff.delete(`/api/v1/enterprises/batches/${fresh.id}`)).statusCode).toBe(204);
    expect((await staff.get(`/api/v1/enterprises/batches/${fresh.id}`)).statusCode).toBe(404);
  });

  it('pages the batch\'s enterprises by name, filtered by outcome and by name or USCC; another county gets 404', async () => {
    const batch = (await staff.post('/api/v1/enterprises/batches', { kind: 'hnte', year: 2026, name: '2026年分页测试批次（测试）' })).json();
    const names = ['甲', '乙', '丙', '丁', '戊'].map((n, i) => `批次分页${i}${n}科技有限公司`);
    const added = [];
    for (const name of names) {
      const e = await createEnterprise(staff, { name });
      added.push({ e, entry: (await staff.post(`/api/v1/enterprises/batches/${batch.id}/entries`, { enterpriseId: e.id })).json() });
    }
    expect(added[0]!.entry).toMatchObject({ enterprise: { id: added[0]!.e.id, name: names[0] }, outcome: 'recommended', outcomeLabel: '推荐' });
    const entries = (q: string) => staff.get(`/api/v1/enterprises/batches/${batch.id}/entries?${q}`);
    const page1 = (await entries('pageSize=2')).json();
    expect(page1).toMatchObject({ total: 5, page: 1, pageSize: 2 });
    const all = [];
    for (let page = 1; page <= 3; page++) all.push(...(await entries(`pageSize=2&page=${page}`)).json().items.map((x: { enterprise: { name: string } }) => x.enterprise.name));
    expect(all).toEqual([...names].sort());
    expect((await staff.get(`/api/v1/enterprises/batches/${batch.id}`)).json()).not.toHaveProperty('entries');

    await advance(batch.id, 'expert_review');
    await outcome(batch.id, added[1]!.entry.id, { outcome: 'rejected', reason: '研发费用占比不足' });
    const rejected = (await entries('outcome=rejected')).json();
    expect(rejected).toMatchObject({ total: 1, items: [{ id: added[1]!.entry.id, outcome: 'rejected', reason: '研发费用占比不足' }] });
    expect((await entries(`q=${encodeURIComponent('分页3')}`)).json().items.map((x: { id: string }) => x.id)).toEqual([added[3]!.entry.id]);
    expect((await entries(`q=${added[4]!.e.uscc.slice(6, 16).toLowerCase()}`)).json().items.map((x: { id: string }) => x.id)).toEqual([added[4]!.entry.id]);
    expect((await entries('q=50%25')).json().total).toBe(0);
    expect((await entries('outcome=unknown')).statusCode).toBe(400);

    const sibling = await t.login('staff2');
    const outside = await sibling.get(`/api/v1/enterprises/batches/${batch.id}/entries`);
    expect(outside.statusCode).toBe(404);
    expect(outside.json().message).toMatch(/申报批次/);
  });

  it('lists the demo batches of the county, filtered by kind and status', async () => {
    const list = (await staff.get('/api/v1/enterprises/batches?kind=hnte&status=recognised')).json();
    expect(list.items.some((b: { name: string }) => b.name.endsWith('年高新技术企业认定（演示）'))).toBe(true);
    expect(list.items.every((b: { kind: string; status: string }) => b.kind === 'hnte' && b.status === 'recognised')).toBe(true);
  });
});
