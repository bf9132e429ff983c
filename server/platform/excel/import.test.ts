import { and, asc, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { auditLogs } from '../../db/schema';
import { takeHandedFile } from '../files/handoff';
import type { Agent } from '../../test/harness';
import { createExcelTestApp, importFile, sampleBase } from './testing/app';
import { type Cells, excelFile, loadWorkbook, usccOf, validRow } from './testing/fixtures';
import { failOnCommit, reservedUscc, sampleRows } from './testing/sample';

let t: Awaited<ReturnType<typeof createExcelTestApp>>;
let staff: Agent;

beforeAll(async () => {
  t = await createExcelTestApp();
  staff = await t.agent('staff');
});
afterAll(() => t.close());
beforeEach(async () => {
  await t.db.delete(sampleRows);
  reservedUscc.clear();
  failOnCommit.row = null;
});

const rows = (n: number, from = 1, year = 2024) => Array.from({ length: n }, (_, i) => validRow(from + i, year));
const stored = () => t.db.select().from(sampleRows).orderBy(asc(sampleRows.uscc), asc(sampleRows.year));

async function download(agent: Agent, fileId: string) {
  const res = await agent.get(`/api/v1/files/${fileId}`);
  expect(res.statusCode).toBe(200);
  return loadWorkbook(res.rawPayload);
}

describe('import: all rows valid', () => {
  it('commits every row with typed values, reports counts and progress, audits the import', async () => {
    const { upload, task } = await importFile(t, staff, await excelFile(rows(5)), '五家企业.xlsx');
    expect(upload.statusCode).toBe(202);
    expect(task).toMatchObject({ status: 'succeeded', progress: 5, total: 5, result: { rows: 5, inserted: 5, updated: 0, unchanged: 0 } });
    const all = await stored();
    expect(all).toHaveLength(5);
    expect(all[0]).toMatchObject({
      uscc: usccOf(1), year: 2024, name: '霍邱县测试企业1有限公司', regionCode: '341522100', industry: 'I03', size: 'S',
      founded: '2015-05-02', employees: 51, techStaff: 10, revenue: '1235.50', highTech: false, mobile: '13900000001', revision: 1,
    });
    expect(all[1]).toMatchObject({ regionCode: '341522101', highTech: false });
    expect(all[2]).toMatchObject({ highTech: true });
    const [audit] = await t.db.select().from(auditLogs).where(eq(auditLogs.action, 'test.sample.import'));
    expect(audit).toMatchObject({ username: 'staff', details: { rows: 5, inserted: 5, fileName: '五家企业.xlsx' } });
    const [uploadAudit] = await t.db.select().from(auditLogs).where(eq(auditLogs.action, 'excel.import.upload'));
    expect(uploadAudit?.details).toMatchObject({ fileName: '五家企业.xlsx', taskId: upload.json().taskId });
  });

  it('is idempotent: the same file again changes nothing, a changed row is updated once', async () => {
    const file = await excelFile([...rows(4), ...rows(4, 1, 2023)]);
    expect((await importFile(t, staff, file)).task.result).toMatchObject({ rows: 8, inserted: 8 });
    const again = await importFile(t, staff, file);
    expect(again.task.result).toMatchObject({ rows: 8, inserted: 0, updated: 0, unchanged: 8 });
    expect((await stored()).every((r) => r.revision === 1)).toBe(true);
    const changed = [...rows(4), ...rows(4, 1, 2023)];
    changed[2] = { ...changed[2], '营业收入（万元）': 99 };
    const third = await importFile(t, staff, await excelFile(changed));
    expect(third.task.result).toMatchObject({ inserted: 0, updated: 1, unchanged: 7 });
    const all = await stored();
    expect(all).toHaveLength(8);
    expect(all.filter((r) => r.revision === 2).map((r) => [r.uscc, r.year, r.revenue])).toEqual([[usccOf(3), 2024, '99.00']]);
  });

  it('hands the upload to a task of this process; a task elsewhere reads it back from the database', async () => {
    const jobs = t.ctx.jobs;
    // Taken before the task starts, as if another process's worker ran it.
    t.ctx.jobs = { runsTasksHere: true, stop: () => jobs.stop(), enqueue: async (kind, input, owner) => {
      expect(takeHandedFile(String(input.fileId))?.name).toBe('另一进程.xlsx');
      return jobs.enqueue(kind, input, owner);
    } };
    try {
      const { task } = await importFile(t, staff, await excelFile(rows(3, 40)), '另一进程.xlsx');
      expect(task).toMatchObject({ status: 'succeeded', result: { rows: 3, inserted: 3 } });
    } finally {
      t.ctx.jobs = jobs;
    }
    expect((await stored()).map((r) => r.uscc)).toEqual([usccOf(40), usccOf(41), usccOf(42)]);
  });

  it('keeps no upload in memory in a process that only queues tasks', async () => {
    const jobs = t.ctx.jobs;
    t.ctx.jobs = { runsTasksHere: false, stop: () => jobs.stop(), enqueue: async (kind, input, owner) => {
      expect(takeHandedFile(String(input.fileId))).toBeNull();
      return jobs.enqueue(kind, input, owner);
    } };
    try {
      const { task } = await importFile(t, staff, await excelFile(rows(2, 50)));
      expect(task).toMatchObject({ status: 'succeeded', result: { rows: 2, inserted: 2 } });
    } finally {
      t.ctx.jobs = jobs;
    }
  });

  it('imports a file made from the downloaded template itself', async () => {
    const res = await staff.get(`${sampleBase}/import-template`);
    expect(res.statusCode).toBe(200);
    const wb = await loadWorkbook(res.rawPayload);
    const ws = wb.getWorksheet('企业年度数据')!;
    const headers = (ws.getRow(1).values as unknown[]).slice(1).map(String);
    const row = validRow(7);
    ws.getRow(2).values = headers.map((h) => row[h.replace(/^\*/, '')] as never);
    const { task } = await importFile(t, staff, Buffer.from(await wb.xlsx.writeBuffer()));
    expect(task).toMatchObject({ status: 'succeeded', result: { rows: 1, inserted: 1 } });
  });
});

describe('import: bad rows', () => {
  const broken = (): Cells[] => {
    const r = rows(8);
    r[1] = { ...r[1], 统一社会信用代码: `${usccOf(2).slice(0, 17)}0` };
    r[2] = { ...r[2], 企业名称: null, 联系人手机: '1380000' };
    r[3] = { ...r[3], 科技人员数: 500 };
    r[4] = { ...r[4], 统一社会信用代码: usccOf(1) };
    r[5] = { ...r[5], 所在乡镇: '舒城县城关镇', 所属行业: '不存在的行业' };
    r[6] = { ...r[6], 成立日期: '2023-02-30', 年度: '二〇二四' };
    return r;
  };

  it('writes nothing and returns the file with an error column naming each row and column', async () => {
    await importFile(t, staff, await excelFile(rows(2, 100)));
    const { task } = await importFile(t, staff, await excelFile(broken()), '有错误.xlsx');
    expect(task.status).toBe('failed');
    expect(task.error.message).toMatch(/^导入未执行：8 行数据中有 6 行存在 9 处错误，未写入任何数据/);
    expect(task.error.message).toContain('第 3 行 统一社会信用代码（A 列）：统一社会信用代码有误：第 18 位校验码错误');
    expect(task.error.details).toEqual(expect.arrayContaining([
      { row: 4, column: '企业名称（B 列）', message: '必填项不能为空' },
      { row: 4, column: '联系人手机（L 列）', message: '手机号应为 11 位数字，以 1 开头' },
      { row: 5, column: '科技人员数（I 列）', message: '科技人员数（500）不能大于从业人员数（54）' },
      { row: 6, column: '统一社会信用代码（A 列）', message: '与第 2 行重复（统一社会信用代码 + 年度 相同）' },
      { row: 7, column: '所在乡镇（C 列）', message: expect.stringContaining('不是有效的行政区划') },
      { row: 8, column: '年度（G 列）', message: '应为整数' },
    ]));
    expect(task.result).toMatchObject({ rowsRead: 8, errorRows: 6, errorCount: 9 });
    expect((await stored()).map((r) => r.uscc)).toEqual([usccOf(100), usccOf(101)]);

    const report = await download(staff, task.result.errorReportFileId);
    const ws = report.getWorksheet('企业年度数据')!;
    expect(ws.getRow(1).getCell(13).value).toBe('错误说明');
    expect(ws.getRow(2).getCell(13).value).toBeNull();
    expect(ws.getRow(2).getCell(1).value).toBe(usccOf(1));
    expect(String(ws.getRow(4).getCell(13).value)).toBe('B 列“企业名称”：必填项不能为空；L 列“联系人手机”：手机号应为 11 位数字，以 1 开头');
    expect(ws.getRow(4).getCell(2).fill).toMatchObject({ fgColor: { argb: 'FFFFC7CE' } });
    expect(ws.getRow(4).getCell(1).fill).toBeUndefined();
    expect(ws.getRow(8).getCell(6).value).toBe('2023-02-30');
    expect(ws.rowCount).toBe(9);
    const fixed = broken();
    fixed[1] = validRow(2); fixed[2] = validRow(3); fixed[3] = validRow(4); fixed[4] = validRow(5); fixed[5] = validRow(6); fixed[6] = validRow(7);
    expect((await importFile(t, staff, await excelFile(fixed))).task.status).toBe('succeeded');
  });

  it('puts database-backed row checks into the same report', async () => {
    reservedUscc.add(usccOf(2));
    const { task } = await importFile(t, staff, await excelFile(rows(3)));
    expect(task.error.details).toEqual([{ row: 3, column: '统一社会信用代码（A 列）', message: '该企业不在341522管辖范围内' }]);
    const ws = (await download(staff, task.result.errorReportFileId)).getWorksheet(1)!;
    expect(ws.getRow(3).getCell(1).fill).toMatchObject({ fgColor: { argb: 'FFFFC7CE' } });
  });

  it('rolls back every batch when the commit fails late (one transaction)', async () => {
    failOnCommit.row = 1150;
    const { task } = await importFile(t, staff, await excelFile(rows(1200)));
    expect(task.status).toBe('failed');
    expect(task.error.message).toBe('写入第 1002–1201 行时出错。整个文件已撤销，未写入任何数据。');
    expect(await stored()).toHaveLength(0);
  });

  it('writes nothing when the only problems sit after batches already written, and still reports them all', async () => {
    const file = rows(1200);
    file[1148] = { ...file[1148], '企业名称': '' };
    reservedUscc.add(usccOf(1190));
    const { task } = await importFile(t, staff, await excelFile(file), '末尾有错.xlsx');
    expect(task.status).toBe('failed');
    expect(task.error.message).toMatch(/^导入未执行：1200 行数据中有 2 行存在 2 处错误，未写入任何数据/);
    expect(task.error.details).toEqual([
      { row: 1150, column: '企业名称（B 列）', message: '必填项不能为空' },
      { row: 1191, column: '统一社会信用代码（A 列）', message: '该企业不在341522管辖范围内' },
    ]);
    expect(await stored()).toHaveLength(0);
  });

  it('names a missing required column and stops before reading rows', async () => {
    const headers = ['统一社会信用代码', '所在乡镇', '年度', '备注'];
    const { task } = await importFile(t, staff, await excelFile(rows(2), headers));
    expect(task.error.message).toBe('第 1 行表头缺少必填列：“企业名称”。请使用下载的导入模板。');
  });

  it('refuses files that are no .xlsx at upload, and empty sheets in the task', async () => {
    const text = await importFile(t, staff, Buffer.from('统一社会信用代码,企业名称\n'), 'a.csv');
    expect(text.upload.statusCode).toBe(400);
    expect(text.upload.json().message).toBe('文件不是 .xlsx 格式');
    const xls = await importFile(t, staff, Buffer.concat([Buffer.from('d0cf11e0a1b11ae1', 'hex'), Buffer.alloc(100)]), 'old.xls');
    expect(xls.upload.json().message).toContain('旧版 .xls');
    const empty = await importFile(t, staff, await excelFile([]));
    expect(empty.task.error.message).toBe('文件中没有数据行：请在表头下方填写数据后再导入');
    const unrelated = await importFile(t, staff, await excelFile([{ a: 1 }], ['甲', '乙']));
    expect(unrelated.task.error.message).toContain('没有找到表头');
  });

  it('lets only users allowed by the policy import', async () => {
    for (const who of ['city', 'enterprise', 'expert']) {
      const res = await importFile(t, await t.agent(who), await excelFile(rows(1)));
      expect(res.upload.statusCode, who).toBe(403);
    }
    const [n] = await t.db.select({ n: sql<number>`count(*)::int` }).from(sampleRows).where(and());
    expect(n!.n).toBe(0);
  });
});
