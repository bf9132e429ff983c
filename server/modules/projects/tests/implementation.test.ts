import crypto from 'node:crypto';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Dec } from '../../../../domain/exact';
import { chinaDate } from '../../../../domain/projects/deadline';
import { createTestApp, type TestApp } from '../../../test/harness';
import { demoEnterprise, upload } from '../testing/fixtures';
import { type Actors, actors, move, mustMove, submittedProject } from '../testing/flow';

let t: TestApp;
let a: Actors;
beforeAll(async () => {
  t = await createTestApp();
  await demoEnterprise(t);
  a = await actors(t);
});
afterAll(() => t.close());

const day = (n: number) => chinaDate(new Date(Date.now() + n * 86_400_000));

/** A project moved to 公示 directly in the database (review is tested elsewhere). */
async function inPublicity(endsOn = day(-1)) {
  const { id } = await submittedProject(t, a);
  await t.pool.query(`update projects set state = 'publicity', publicity_starts_on = $2, publicity_ends_on = $3, version = version + 1 where id = $1`, [id, day(-10), endsOn]);
  return id;
}

async function approved(amount = '250000') {
  const id = await inPublicity();
  await mustMove(a.leader, id, 'approve', { approvedAmount: amount });
  return id;
}

describe('公示 and objections', () => {
  it('an open objection blocks 立项 until it is resolved; 立项 waits for the end of publicity', async () => {
    const id = await inPublicity();
    const rec = await a.staff.post(`/api/v1/projects/${id}/objections`, { receivedOn: day(-3), objector: '王某某', content: '申报单位曾有违规记录' });
    expect(rec.statusCode).toBe(201);
    expect((await move(a.leader, id, 'approve', { approvedAmount: '1000' })).json().message).toBe('公示期内有 1 条异议尚未处理');
    const objectionId = rec.json().items[0].id;
    await a.staff.post(`/api/v1/projects/${id}/objections/${objectionId}/resolve`, { status: 'dismissed', resolution: '经核实，无违规记录' });
    expect((await move(a.leader, id, 'approve', { approvedAmount: '1000' })).statusCode).toBe(200);
    const running = await inPublicity(day(0));
    expect((await move(a.leader, running, 'approve', { approvedAmount: '1000' })).json().message).toContain('公示期满后才能立项');
  });
});

describe('funds', () => {
  it('pays in tranches up to the approved amount, never a cent more', async () => {
    const id = await approved('250000');
    const pay = (amount: string, voucherNo: string) => a.staff.post(`/api/v1/projects/${id}/disbursements`, { amount, source: 'county', paidOn: day(0), voucherNo });
    expect((await pay('100000', 'PZ-001')).statusCode).toBe(201);
    const over = await pay('150000.01', 'PZ-002');
    expect(over.statusCode).toBe(400);
    expect(over.json().message).toBe('超额拨付：立项金额 250000.00 元，已拨付 100000.00 元，本次最多还可拨付 150000.00 元');
    const last = await pay('150000', 'PZ-002');
    expect(last.json()).toMatchObject({ approved: '250000.00', disbursed: '250000.00', remaining: '0.00' });
    expect((await pay('1', 'PZ-002')).statusCode).toBe(400);
    expect((await a.enterprise.post(`/api/v1/projects/${id}/disbursements`, { amount: '1', source: 'county', paidOn: day(0), voucherNo: 'X' })).statusCode).toBe(403);
    const lib = (await a.staff.get(`/api/v1/projects?q=${encodeURIComponent('智能农机')}&pageSize=200`)).json();
    expect(lib.items.find((p: { id: string }) => p.id === id).disbursed).toBe('250000.00');
  });

  it('two clerks paying at once cannot together exceed the approved amount', async () => {
    const id = await approved('200000');
    const results = await Promise.all(['A', 'B'].map((v) => a.staff.post(`/api/v1/projects/${id}/disbursements`, { amount: '150000', source: 'city_match', paidOn: day(0), voucherNo: `PZ-${v}` })));
    expect(results.map((r) => r.statusCode).sort()).toEqual([201, 400]);
  });

  it('refuses disbursement before 立项 and sums per programme and year', async () => {
    const { id } = await submittedProject(t, a);
    expect((await a.staff.post(`/api/v1/projects/${id}/disbursements`, { amount: '1', source: 'county', paidOn: day(0), voucherNo: 'PZ-9' })).statusCode).toBe(409);
    const summary = (await a.staff.get(`/api/v1/funds/summary?year=${new Date().getFullYear()}`)).json();
    expect(summary.items.length).toBeGreaterThan(0);
    expect(summary.items[0]).toMatchObject({ budget: expect.stringMatching(/^\d+\.\d\d$/), bySource: { county: expect.any(String) } });
  });

  it('adds a new project and its tranches exactly to its programme and year, and only for its county', async () => {
    type Total = { programmeId: string; year: number; projects: number; requested: string; approved: string; disbursed: string; bySource: Record<string, string>; remaining: string | null };
    const id = await approved('250000.30');
    const p = (await a.staff.get(`/api/v1/projects/${id}`)).json() as { year: number; programme: { id: string }; requestedFiscal: string };
    const totalOf = async (as = a.staff) => {
      const res = await as.get(`/api/v1/funds/summary?year=${p.year}`);
      return (res.json().items as Total[]).find((i) => i.programmeId === p.programme.id && i.year === p.year);
    };
    const sibling = await t.login('staff2');
    const [before, siblingBefore] = [(await totalOf())!, await totalOf(sibling)];
    const pay = (amount: string, source: string, voucherNo: string) => a.staff.post(`/api/v1/projects/${id}/disbursements`, { amount, source, paidOn: day(0), voucherNo });
    expect((await pay('100000.10', 'county', 'PZ-S1')).statusCode).toBe(201);
    expect((await pay('0.20', 'province_match', 'PZ-S2')).statusCode).toBe(201);
    const after = (await totalOf())!;
    const plus = (x: string, y: string) => new Dec(x).add(y).toFixed(2);
    expect(after).toMatchObject({
      projects: before.projects,
      approved: before.approved,
      disbursed: plus(before.disbursed, '100000.30'),
      bySource: { county: plus(before.bySource.county!, '100000.10'), city_match: before.bySource.city_match, province_match: plus(before.bySource.province_match!, '0.20') },
    });
    expect(new Dec(after.approved).gte('250000.30')).toBe(true);
    // The bureau of a sibling county sees none of this county's money.
    expect(await totalOf(sibling)).toEqual(siblingBefore);
  });
});

describe('经费汇总 kept in project_fund_totals (triggers of migration 0013)', () => {
  const fresh = `select p.programme_id, p.year, left(p.region_code, 6) as county_code, count(*)::int, sum(p.requested_fiscal), coalesce(sum(p.approved_amount), 0),
      coalesce(sum(d.county), 0), coalesce(sum(d.city_match), 0), coalesce(sum(d.province_match), 0)
    from projects p left join (select project_id, sum(amount) filter (where source = 'county') as county, sum(amount) filter (where source = 'city_match') as city_match,
      sum(amount) filter (where source = 'province_match') as province_match from project_disbursements group by project_id) d on d.project_id = p.id
    where p.state <> 'draft' group by 1, 2, 3`;
  const kept = `select programme_id, year, county_code, projects, requested_fiscal, approved_amount, disbursed_county, disbursed_city_match,
      disbursed_province_match from project_fund_totals`;
  const drift = async () => (await t.pool.query(`(${fresh} except ${kept}) union all (${kept} except ${fresh})`)).rows;

  it('equals a fresh sum of the projects and tranches through moves, refunds and deletions', async () => {
    const id = await approved('120000');
    for (const [amount, source, voucherNo] of [['50000', 'county', 'PZ-K1'], ['20000.50', 'city_match', 'PZ-K2']]) {
      expect((await a.staff.post(`/api/v1/projects/${id}/disbursements`, { amount, source, paidOn: day(0), voucherNo })).statusCode).toBe(201);
    }
    expect(await drift()).toEqual([]);
    expect((await t.pool.query('select count(*)::int as n from project_fund_totals')).rows[0].n).toBeGreaterThan(0);
    // Moved to another year and county, a tranche corrected and one withdrawn, then the project deleted with its tranches.
    await t.pool.query(`update projects set year = year - 1, region_code = '341523', version = version + 1 where id = $1`, [id]);
    expect(await drift()).toEqual([]);
    await t.pool.query(`update project_disbursements set amount = 49999.99, source = 'province_match' where project_id = $1 and voucher_no = 'PZ-K1'`, [id]);
    await t.pool.query(`delete from project_disbursements where project_id = $1 and voucher_no = 'PZ-K2'`, [id]);
    expect(await drift()).toEqual([]);
    await t.pool.query('delete from projects where id = $1', [id]);
    expect(await drift()).toEqual([]);
  });
});

describe('disbursed money kept in projects.disbursed_amount (trigger of migration 0008)', () => {
  type Lib = { items: { id: string; disbursed: string }[]; totals: { count: number; requested: string; approved: string; disbursed: string } };
  const library = async (q = '') => (await a.staff.get(`/api/v1/projects?pageSize=200${q ? `&q=${encodeURIComponent(q)}` : ''}`)).json() as Lib;
  const detail = async (id: string) => (await a.staff.get(`/api/v1/projects/${id}`)).json() as { version: number; updatedAt: string; projectNo: string; disbursed: string };
  const stamps = async (id: string) => (await t.pool.query('select version, updated_at from projects where id = $1', [id])).rows[0] as { version: number; updated_at: Date };
  /** The project's row and the totals of a library filtered down to it alone. */
  const own = async (id: string) => {
    const lib = await library((await detail(id)).projectNo);
    expect(lib.items.map((p) => p.id)).toEqual([id]);
    return { row: lib.items[0]!.disbursed, totals: lib.totals };
  };

  it('the list row and page totals stay exact through recording, correcting, moving and deleting tranches', async () => {
    const id = await approved('1');
    const other = await approved('1');
    const base = new Dec((await library()).totals.disbursed);
    const before = await detail(id);
    expect(before.projectNo).toBeTruthy();
    expect(await own(id)).toEqual({ row: '0.00', totals: { count: 1, requested: expect.any(String), approved: '1.00', disbursed: '0.00' } });

    const pay = (amount: string, voucherNo: string) => a.staff.post(`/api/v1/projects/${id}/disbursements`, { amount, source: 'county', paidOn: day(0), voucherNo });
    expect((await pay('0.10', 'PZ-A')).statusCode).toBe(201);
    const second = await pay('0.20', 'PZ-B');
    expect(second.statusCode).toBe(201);
    expect(second.json()).toMatchObject({ approved: '1.00', disbursed: '0.30', remaining: '0.70' });
    expect(await own(id)).toMatchObject({ row: '0.30', totals: { count: 1, disbursed: '0.30' } });
    expect((await library()).totals.disbursed).toBe(base.add('0.30').toFixed(2));
    expect((await detail(id)).disbursed).toBe('0.30');
    // The limit check reads the maintained sum under the row lock.
    expect((await pay('0.71', 'PZ-C')).json().message).toBe('超额拨付：立项金额 1.00 元，已拨付 0.30 元，本次最多还可拨付 0.70 元');
    // Recording a tranche never bumps the optimistic-concurrency version.
    expect((await detail(id)).version).toBe(before.version);

    // There is no route to correct or delete a tranche: the trigger also covers SQL written by hand.
    const s0 = await stamps(id);
    await t.pool.query(`update project_disbursements set amount = 0.25 where project_id = $1 and voucher_no = 'PZ-B'`, [id]);
    expect(await own(id)).toMatchObject({ row: '0.35', totals: { count: 1, disbursed: '0.35' } });
    await t.pool.query(`update project_disbursements set note = '更正备注' where project_id = $1`, [id]);
    expect((await own(id)).row).toBe('0.35');
    await t.pool.query(`update project_disbursements set project_id = $2 where project_id = $1 and voucher_no = 'PZ-B'`, [id, other]);
    expect(await own(id)).toMatchObject({ row: '0.10', totals: { count: 1, disbursed: '0.10' } });
    expect(await own(other)).toMatchObject({ row: '0.25', totals: { count: 1, disbursed: '0.25' } });
    await t.pool.query(`delete from project_disbursements where project_id = $1`, [id]);
    expect(await own(id)).toMatchObject({ row: '0.00', totals: { count: 1, disbursed: '0.00' } });
    expect((await library()).totals.disbursed).toBe(base.add('0.25').toFixed(2));
    // The trigger touches neither version nor updated_at (list order, concurrent edits).
    expect(await stamps(id)).toEqual(s0);

    const exact = await t.pool.query(`select count(*)::int as n from projects p
      where p.disbursed_amount <> (select coalesce(sum(d.amount), 0) from project_disbursements d where d.project_id = p.id)`);
    expect(exact.rows[0].n).toBe(0);
  });
});

describe('implementation, changes, acceptance, archive', () => {
  it('runs from 任务书 through a change, mid-term check and acceptance to the archive zip', async () => {
    const id = await approved();
    expect((await move(a.staff, id, 'start')).json().message).toBe('请先上传签订的项目任务书');
    const agreement = '%PDF-1.4 任务书';
    const up = await upload(a.staff, id, 'agreement', '任务书.pdf', agreement);
    expect(up.json().items.find((x: { kind: string }) => x.kind === 'agreement')).toMatchObject({
      sha256: crypto.createHash('sha256').update(agreement).digest('hex'), size: Buffer.byteLength(agreement), kindLabel: '项目任务书',
    });
    await mustMove(a.staff, id, 'start');
    await mustMove(a.enterprise, id, 'report_progress', { comment: '完成样机设计' });
    await mustMove(a.staff, id, 'midterm_check', { comment: '进度正常' });
    const asked = await a.enterprise.post(`/api/v1/projects/${id}/changes`, { kind: 'extension', reason: '设备到货延迟', newEndOn: '2028-06-30' });
    expect(asked.statusCode).toBe(201);
    const changeId = asked.json().items[0].id;
    let v = (await a.staff.get(`/api/v1/projects/${id}`)).json().version;
    expect((await a.staff.post(`/api/v1/projects/${id}/changes/${changeId}/decide`, { version: v, approve: true })).statusCode).toBe(200);
    expect((await a.staff.get(`/api/v1/projects/${id}`)).json().content.endOn).toBe('2028-06-30');
    const stop = (await a.enterprise.post(`/api/v1/projects/${id}/changes`, { kind: 'termination', reason: '市场变化' })).json().items[1].id;
    v = (await a.staff.get(`/api/v1/projects/${id}`)).json().version;
    expect((await a.staff.post(`/api/v1/projects/${id}/changes/${stop}/decide`, { version: v, approve: true })).json().message).toBe('项目终止须由局领导审批');
    expect((await a.leader.post(`/api/v1/projects/${id}/changes/${stop}/decide`, { version: v, approve: false })).json().message).toBe('不批准时须填写理由');
    await a.leader.post(`/api/v1/projects/${id}/changes/${stop}/decide`, { version: v, approve: false, comment: '继续实施' });
    await mustMove(a.enterprise, id, 'request_acceptance');
    expect((await move(a.leader, id, 'accept_pass')).json().message).toBe('请填写专家组验收意见');
    await mustMove(a.leader, id, 'accept_pass', { comment: '专家组一致同意通过验收' });
    const archived = await mustMove(a.staff, id, 'archive');
    expect(archived.state).toBe('archived');
    const res = await a.enterprise.get(`/api/v1/projects/${id}/archive`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/zip');
    const zip = await JSZip.loadAsync(res.rawPayload);
    const names = Object.keys(zip.files);
    expect(names).toEqual(expect.arrayContaining(['00-档案清单.txt', '01-项目信息.txt', '02-办理记录.txt', '03-经费拨付.txt', '申报数据.json']));
    const manifest = await zip.file('00-档案清单.txt')!.async('string');
    expect(manifest).toContain(crypto.createHash('sha256').update(agreement).digest('hex'));
    const stored = names.find((n) => n.startsWith('附件/项目任务书/') && !n.endsWith('/'))!;
    expect(await zip.file(stored)!.async('string')).toBe(agreement);
    expect(await zip.file('02-办理记录.txt')!.async('string')).toContain('验收通过');
    expect((await upload(a.staff, id, 'other')).statusCode).toBe(409);
  });

  it('downloads an attachment with its hash; rejects executables', async () => {
    const { id } = await submittedProject(t, a);
    const list = (await a.staff.get(`/api/v1/projects/${id}/attachments`)).json().items;
    const got = await a.staff.get(`/api/v1/projects/${id}/attachments/${list[0].id}/content`);
    expect(got.headers['x-content-sha256']).toBe(list[0].sha256);
    expect((await upload(a.staff, id, 'other', 'virus.exe')).statusCode).toBe(400);
  });
});
