import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLogs } from '../../db/schema';
import { eq } from 'drizzle-orm';
import { createExcelTestApp, sampleBase } from './testing/app';
import { loadWorkbook } from './testing/fixtures';
import { industries, sampleSheet } from './testing/sample';

let t: Awaited<ReturnType<typeof createExcelTestApp>>;
beforeAll(async () => {
  t = await createExcelTestApp();
});
afterAll(() => t.close());

type Validation = { type: string; formulae: unknown[]; allowBlank?: boolean; errorStyle?: string; operator?: string; prompt?: string };

describe('import template', () => {
  it('has the data sheet first with bold frozen Chinese headers, * on required columns, notes and formats', async () => {
    const res = await (await t.agent('staff')).get(`${sampleBase}/import-template`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    expect(res.headers['content-disposition']).toContain(encodeURIComponent('测试企业年度数据导入模板.xlsx'));
    const wb = await loadWorkbook(res.rawPayload);
    expect(wb.worksheets.map((w) => [w.name, w.state])).toEqual([['企业年度数据', 'visible'], ['填写说明', 'visible'], ['字典', 'hidden']]);
    const ws = wb.getWorksheet('企业年度数据')!;
    const head = ws.getRow(1);
    expect((head.values as unknown[]).slice(1)).toEqual(sampleSheet.columns.map((c) => (c.required ? `*${c.header}` : c.header)));
    expect(head.getCell(1).font).toMatchObject({ bold: true, color: { argb: 'FFC00000' } });
    expect(head.getCell(4).font).toMatchObject({ bold: true, color: { argb: 'FF000000' } });
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(String(head.getCell(3).note)).toContain('填写乡镇（街道）名称或区划代码');
    expect(String(head.getCell(1).note)).toBe('必填。18 位统一社会信用代码');
    expect(ws.getColumn(6).numFmt).toBe('yyyy-mm-dd');
    expect(ws.getColumn(10).numFmt).toBe('0.00');
    expect(ws.getColumn(1).numFmt).toBe('@');
  });

  it('puts dropdowns for dictionary columns on a hidden 字典 sheet (no 255-character limit) and range checks elsewhere', async () => {
    const wb = await loadWorkbook((await (await t.agent('staff')).get(`${sampleBase}/import-template`)).rawPayload);
    const ws = wb.getWorksheet('企业年度数据')!;
    const dv = (addr: string) => (ws as unknown as { dataValidations: { model: Record<string, Validation> } }).dataValidations.model[addr];
    const dict = wb.getWorksheet('字典')!;
    const lists = Object.fromEntries([1, 2, 3, 4].map((c) => [String(dict.getRow(1).getCell(c).value), dict.getColumn(c).values.slice(2).map(String)]));
    expect(Object.keys(lists)).toEqual(['所在乡镇', '所属行业', '企业规模', '是否高新技术企业']);
    expect(lists['所在乡镇']).toContain('城关镇');
    // The county and its 32 towns; villages (城关镇师部社区 …) are accepted when typed but not listed.
    expect(lists['所在乡镇']).toHaveLength(33);
    expect(lists['所在乡镇']).not.toContain('城关镇师部社区');
    expect(lists['所属行业']).toEqual(industries.map((i) => i.label));
    expect(industries.map((i) => i.label).join(',').length).toBeGreaterThan(255);
    expect(lists['企业规模']).toEqual(['大型', '中型', '小型', '微型']);
    expect(lists['是否高新技术企业']).toEqual(['是', '否']);
    expect(dv('D2')).toMatchObject({ type: 'list', formulae: ["'字典'!$B$2:$B$41"], errorStyle: 'stop', allowBlank: true });
    expect(dv('C10001')).toMatchObject({ type: 'list', errorStyle: 'warning' });
    expect(dv('C10001')!.allowBlank).toBeFalsy();
    expect(dv('K2')).toMatchObject({ type: 'list', formulae: ["'字典'!$D$2:$D$3"] });
    expect(dv('G2')).toMatchObject({ type: 'whole', operator: 'between', formulae: [2000, 2100] });
    expect(dv('J2')).toMatchObject({ type: 'decimal', operator: 'greaterThanOrEqual', formulae: [0] });
    expect(dv('A2')).toMatchObject({ type: 'textLength', operator: 'equal', formulae: [18] });
    expect(dv('F2')).toMatchObject({ type: 'date' });
    expect(dv('B2')).toBeUndefined();
  });

  it('explains how to fill it in on 填写说明, column by column, and is audited', async () => {
    const wb = await loadWorkbook((await (await t.agent('staff')).get(`${sampleBase}/import-template`)).rawPayload);
    const text = wb.getWorksheet('填写说明')!.getSheetValues().map((r) => (Array.isArray(r) ? r.slice(1).join(' | ') : '')).join('\n');
    expect(text).toContain('测试企业年度数据导入模板 · 填写说明');
    expect(text).toContain('1. 每家企业每个年度填写一行。');
    expect(text).toContain('只要有一行出错，就不会写入任何数据');
    expect(text).toContain('“统一社会信用代码”+“年度”相同的记录会被更新，不会重复新增');
    expect(text).toContain('营业收入（万元） |  | 数字，最多 2 位小数，不小于 0');
    expect(text).toContain('年度 | 是 | 整数，2000～2100');
    const audits = await t.db.select().from(auditLogs).where(eq(auditLogs.action, 'excel.template'));
    expect(audits.length).toBeGreaterThanOrEqual(3);
  });

  it('labels regions relative to the user: a city user sees county + town names', async () => {
    // The upper bureau may export, so it may fetch the template too; its labels include the county.
    const wb = await loadWorkbook((await (await t.agent('city')).get(`${sampleBase}/import-template`)).rawPayload);
    const towns = wb.getWorksheet('字典')!.getColumn(1).values.slice(2).map(String);
    expect(towns).toEqual(expect.arrayContaining(['霍邱县城关镇', '舒城县城关镇', '霍邱县']));
    expect(towns).not.toContain('城关镇');
  });

  it('is refused to users who can neither import nor export', async () => {
    expect((await (await t.agent('expert')).get(`${sampleBase}/import-template`)).statusCode).toBe(403);
  });
});
