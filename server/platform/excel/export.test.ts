import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLogs } from '../../db/schema';
import type { Agent } from '../../test/harness';
import { createExcelTestApp, importFile, sampleBase } from './testing/app';
import { excelFile, loadWorkbook, usccOf, validRow } from './testing/fixtures';
import { sampleRows, sampleSheet } from './testing/sample';

let t: Awaited<ReturnType<typeof createExcelTestApp>>;
let staff: Agent;

beforeAll(async () => {
  t = await createExcelTestApp({ inlineExportLimit: 3 });
  staff = await t.agent('staff');
  const file = await excelFile([validRow(1), validRow(2), validRow(3, 2023), validRow(4, 2023)]);
  expect((await importFile(t, staff, file)).task.status).toBe('succeeded');
  await t.db.insert(sampleRows).values({ uscc: usccOf(90), year: 2024, name: '舒城县测试企业', regionCode: '341523100', mobile: '13700000090' });
});
afterAll(() => t.close());

async function exported(agent: Agent, query = '') {
  const res = await agent.get(`${sampleBase}/export${query}`);
  expect(res.statusCode, res.body.slice(0, 300)).toBe(200);
  expect(res.headers['content-type']).toContain('spreadsheetml');
  const ws = (await loadWorkbook(res.rawPayload)).getWorksheet('企业年度数据')!;
  const header = (ws.getRow(1).values as unknown[]).slice(1);
  const rows: Record<string, unknown>[] = [];
  ws.eachRow((row, n) => {
    if (n > 1) rows.push(Object.fromEntries(header.map((h, i) => [String(h), row.getCell(i + 1).value])));
  });
  return { header, rows };
}

describe('export', () => {
  it('writes the filtered list with the template headers, labels instead of codes, phones masked', async () => {
    const { header, rows } = await exported(staff, '?year=2024');
    expect(header).toEqual(sampleSheet.columns.map((c) => c.header));
    expect(rows).toHaveLength(2);
    expect(rows[0]).toMatchObject({
      统一社会信用代码: usccOf(1), 企业名称: '霍邱县测试企业1有限公司', 所在乡镇: '城关镇', 所属行业: '测试行业门类第03类（含细分领域）',
      企业规模: '小型', 年度: 2024, 从业人员数: 51, '营业收入（万元）': 1235.5, 是否高新技术企业: '否', 联系人手机: '139****0001',
    });
    expect(rows[0]!['成立日期']).toEqual(new Date(Date.UTC(2015, 4, 2)));
    expect(rows[1]).toMatchObject({ 所在乡镇: '河口镇', 联系人手机: '139****0002' });
    const [audit] = await t.db.select().from(auditLogs).where(eq(auditLogs.action, 'data.export'));
    expect(audit).toMatchObject({ username: 'staff', details: { filter: { year: 2024 }, rows: 2, personalData: 'masked', sheet: '企业年度数据' } });
  });

  it('respects every filter and the user scope', async () => {
    expect((await exported(staff, `?q=${encodeURIComponent('企业3')}`)).rows.map((r) => r['统一社会信用代码'])).toEqual([usccOf(3)]);
    const sibling = await exported(await t.agent('staff2'));
    expect(sibling.rows.map((r) => r['企业名称'])).toEqual(['舒城县测试企业']);
    expect(sibling.rows[0]!['联系人手机']).toBe('137****0090');
    const city = await exported(await t.agent('city'), '?year=2024');
    expect(city.rows.map((r) => r['所在乡镇'])).toEqual(['霍邱县城关镇', '霍邱县河口镇', '舒城县城关镇']);
  });

  it('shows personal data only to users the policy allows, and audits it', async () => {
    const denied = await staff.get(`${sampleBase}/export?year=2024&showPersonalData=true`);
    expect(denied.statusCode).toBe(403);
    const leader = await exported(await t.agent('leader'), '?year=2024&showPersonalData=true');
    expect(leader.rows.map((r) => r['联系人手机'])).toEqual(['13900000001', '13900000002']);
    const [audit] = await t.db.select().from(auditLogs).where(and(eq(auditLogs.action, 'data.export'), eq(auditLogs.username, 'leader')));
    expect(audit!.details).toMatchObject({ personalData: 'clear', rows: 2 });
  });

  it('an export in clear can be imported again and changes nothing', async () => {
    const res = await (await t.agent('leader')).get(`${sampleBase}/export?year=2023&showPersonalData=true`);
    const again = await importFile(t, staff, res.rawPayload);
    expect(again.task.result).toMatchObject({ rows: 2, inserted: 0, updated: 0, unchanged: 2 });
  });

  it('becomes a task with a downloadable file above the inline limit', async () => {
    const res = await staff.get(`${sampleBase}/export`);
    expect(res.statusCode).toBe(202);
    expect(res.json()).toMatchObject({ rows: 4, rowsExact: true });
    await t.tasksIdle();
    const task = (await staff.get(`/api/v1/tasks/${res.json().taskId}`)).json();
    expect(task).toMatchObject({ status: 'succeeded', total: 4, progress: 4, result: { rows: 4 } });
    const file = await staff.get(`/api/v1/files/${task.result.fileId}`);
    const ws = (await loadWorkbook(file.rawPayload)).getWorksheet(1)!;
    expect(ws.rowCount).toBe(5);
    expect(ws.getRow(2).getCell(12).value).toBe('139****0001');
    expect((await (await t.agent('staff2')).get(`/api/v1/files/${task.result.fileId}`)).statusCode).toBe(404);
  });

  it('is refused to users the policy does not allow', async () => {
    for (const who of ['expert', 'enterprise', 'auditor']) {
      expect((await (await t.agent(who)).get(`${sampleBase}/export`)).statusCode, who).toBe(403);
    }
  });
});
