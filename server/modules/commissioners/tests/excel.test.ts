import { and, eq, like } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commissioners } from '../../../db/schema/commissioners';
import { cellPrimitive } from '../../../platform/excel/cell';
import { multipart } from '../../../platform/excel/testing/app';
import { excelFile, loadWorkbook } from '../../../platform/excel/testing/fixtures';
import { type Agent, createTestApp, type TestApp } from '../../../test/harness';
import { assignmentSheet, logSheet, rosterSheet } from '../excel/sheets';
import { commissionerLogin } from './fixtures';

let t: TestApp;
let staff: Agent;
beforeAll(async () => {
  t = await createTestApp();
  staff = await t.login('staff');
});
afterAll(() => t.close());

const headers = (s: { columns: readonly { header: string }[] }) => s.columns.map((c) => c.header);
async function upload(base: string, rows: Record<string, unknown>[], sheetHeaders: string[], agent = staff) {
  const res = await agent.request({ method: 'POST', url: `${base}/imports`, ...multipart(await excelFile(rows, sheetHeaders)) });
  expect(res.statusCode, res.body).toBe(202);
  await t.tasksIdle();
  return (await agent.get(`/api/v1/tasks/${res.json().taskId}`)).json();
}
async function exported(url: string, agent = staff) {
  const res = await agent.get(url);
  expect(res.statusCode, res.body.slice(0, 200)).toBe(200);
  const ws = (await loadWorkbook(res.rawPayload)).getWorksheet(1)!;
  const hs = (ws.getRow(1).values as unknown[]).slice(1).map(String);
  const out: Record<string, unknown>[] = [];
  ws.eachRow((r, n) => { if (n > 1) out.push(Object.fromEntries(hs.map((h, i) => [h.replace(/^\*/, ''), cellPrimitive(r.getCell(i + 1).value)]))); });
  return out;
}
const person = (code: string, over: Record<string, unknown> = {}) => ({
  编号: code, '姓名/名称': `表格导入${code}`, 级别: '县级', 专业领域: '中药材', 工作单位: '霍邱县农业技术推广中心（演示）', 手机号码: '13955550000', 状态: '在岗', 选聘日期: new Date(Date.UTC(2025, 2, 1)), ...over,
});

describe('Excel: roster, assignments and logs', () => {
  it('roster: template, import, idempotent re-import, update by code, phones encrypted', async () => {
    expect((await staff.get('/api/v1/commissioners/import-template')).statusCode).toBe(200);
    const first = await upload('/api/v1/commissioners', [person('XL001'), person('XL002', { 状态: '备选', 选聘日期: null, 大学生科技特派员: '是' })], headers(rosterSheet));
    expect(first.error, JSON.stringify(first.error)).toBeNull();
    expect(first.result).toMatchObject({ rows: 2, inserted: 2, updated: 0 });
    const [row] = await t.db.select().from(commissioners).where(and(eq(commissioners.code, 'XL001'), eq(commissioners.regionCode, '341522')));
    expect(row).toMatchObject({ status: 'active', selectedOn: '2025-03-01', level: 'county' });
    expect(t.ctx.cipher.decrypt(row!.phoneEnc!)).toBe('13955550000');
    const again = await upload('/api/v1/commissioners', [person('XL001'), person('XL002', { 状态: '备选', 选聘日期: null, 大学生科技特派员: '是' })], headers(rosterSheet));
    expect(again.result).toMatchObject({ inserted: 0, updated: 0, unchanged: 2 });
    const promoted = await upload('/api/v1/commissioners', [person('XL002', { 职称: '农艺师' })], headers(rosterSheet));
    expect(promoted.result).toMatchObject({ updated: 1 });
    expect((await t.db.select().from(commissioners).where(eq(commissioners.code, 'XL002')))[0]).toMatchObject({ status: 'active', title: '农艺师', isStudent: true });
  });

  it('roster: refuses the whole file when a row is wrong, with an error report', async () => {
    const task = await upload('/api/v1/commissioners', [person('XL010'), person('XL001', { 状态: '备选' }), person('XL011', { 级别: '乡级', 手机号码: '123' })], headers(rosterSheet));
    expect(task.status).toBe('failed');
    expect(task.error.details).toEqual(expect.arrayContaining([
      expect.objectContaining({ row: 3, message: '在岗人员不能改回备选库' }),
      expect.objectContaining({ row: 4, column: expect.stringContaining('级别') }),
      expect.objectContaining({ row: 4, column: expect.stringContaining('手机号码') }),
    ]));
    expect(await t.db.select().from(commissioners).where(eq(commissioners.code, 'XL010'))).toHaveLength(0);
  });

  it('roster: export is filtered, in scope and masked unless asked for with the right', async () => {
    const rows = await exported(`/api/v1/commissioners/export?q=${encodeURIComponent('表格导入XL00')}`);
    expect(rows.map((r) => [r['编号'], r['手机号码'], r['状态']])).toEqual([['XL001', '139****0000', '在岗'], ['XL002', '139****0000', '在岗']]);
    expect((await exported('/api/v1/commissioners/export?q=XL00', await t.login('staff2')))).toHaveLength(0);
    const clear = await exported('/api/v1/commissioners/export?q=XL001&showPersonalData=true');
    expect(clear[0]!['手机号码']).toBe('13955550000');
    expect((await (await t.login('city')).get('/api/v1/commissioners/export?q=XL001&showPersonalData=true')).statusCode).toBe(403);
  });

  it('assignments: imports to a village and a cooperative once; refuses candidates and unknown codes', async () => {
    const rows = [
      { 特派员编号: 'XL001', 派驻对象类型: '行政村', 派驻村: '341522102227', 开始日期: new Date(Date.UTC(2025, 3, 1)) },
      { 特派员编号: 'XL001', 派驻对象类型: '合作社/家庭农场', 派驻对象名称: '霍邱县表格导入中药材专业合作社', 开始日期: new Date(Date.UTC(2025, 3, 1)) },
    ];
    const first = await upload('/api/v1/commissioner-assignments', rows, headers(assignmentSheet));
    expect(first.result).toMatchObject({ inserted: 2 });
    expect((await upload('/api/v1/commissioner-assignments', rows, headers(assignmentSheet))).result).toMatchObject({ inserted: 0, unchanged: 2 });
    const exportedRows = await exported('/api/v1/commissioner-assignments/export?q=XL');
    expect(exportedRows.some((r) => r['派驻对象名称'] === '霍邱县表格导入中药材专业合作社')).toBe(true);
    await upload('/api/v1/commissioners', [person('XL020', { 状态: '备选', 选聘日期: null })], headers(rosterSheet));
    const bad = await upload('/api/v1/commissioner-assignments', [{ 特派员编号: 'XL020', 派驻对象类型: '行政村', 派驻村: '341522102227', 开始日期: new Date() },
      { 特派员编号: 'NOPE', 派驻对象类型: '企业', 派驻对象名称: '某企业', 开始日期: new Date() }, { 特派员编号: 'XL001', 派驻对象类型: '企业', 开始日期: new Date() }], headers(assignmentSheet));
    expect(bad.status).toBe('failed');
    expect(bad.error.details.map((d: { message: string }) => d.message)).toEqual(expect.arrayContaining([
      expect.stringContaining('不是在岗的科技特派员'), '编号不存在或不在您的管辖范围内', '派驻企业、合作社或家庭农场时必填',
    ]));
  });

  it('logs: paper records import once; a commissioner exports only their own', async () => {
    const rows = [1, 2, 3].map((d) => ({ 特派员编号: 'XL001', 服务日期: new Date(Date.UTC(2025, 4, d)), 服务村: '341522102227', 服务地点: '燎原村药材基地',
      服务方式: '现场指导', 服务内容: `指导茯苓栽培第${d}次（纸质记录补录）`, 受益人数: 10 }));
    expect((await upload('/api/v1/service-logs', rows, headers(logSheet))).result).toMatchObject({ inserted: 3, unchanged: 0 });
    expect((await upload('/api/v1/service-logs', rows, headers(logSheet))).result).toMatchObject({ inserted: 0, unchanged: 3 });
    const summary = (await staff.get(`/api/v1/service-logs/summary?year=2025&commissionerId=${(await t.db.select().from(commissioners).where(eq(commissioners.code, 'XL001')))[0]!.id}`)).json();
    expect(summary.items[0]).toMatchObject({ serviceDays: 3, beneficiaries: 30 });
    const me = await commissionerLogin(t, staff);
    await me.agent.post('/api/v1/service-logs', { serviceDate: '2025-06-01', place: '村部', type: 'consulting', content: '电话解答用药问题' });
    const own = await exported('/api/v1/service-logs/export', me.agent);
    expect(own.map((r) => r['服务内容'])).toEqual(['电话解答用药问题']);
    expect((await me.agent.request({ method: 'POST', url: '/api/v1/service-logs/imports', ...multipart(await excelFile(rows, headers(logSheet))) })).statusCode).toBe(403);
    expect(await t.db.select().from(commissioners).where(like(commissioners.code, 'XL%'))).toHaveLength(3);
  });
});
