import ExcelJS from 'exceljs';
import { asc } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Agent } from '../../test/harness';
import { createExcelTestApp, importFile } from './testing/app';
import { type Cells, excelFile, rezip, sampleHeaders, streamedFile, usccOf, validRow } from './testing/fixtures';
import { sampleRows } from './testing/sample';

let t: Awaited<ReturnType<typeof createExcelTestApp>>;
let staff: Agent;
let canonical: unknown[];

const rows = (n: number) => Array.from({ length: n }, (_, i) => validRow(i + 1));
const stored = () => t.db.select().from(sampleRows).orderBy(asc(sampleRows.uscc), asc(sampleRows.year));

async function importsLikeCanonical(content: Buffer) {
  const { upload, task } = await importFile(t, staff, content);
  expect(upload.statusCode, upload.body).toBe(202);
  expect(task.error, JSON.stringify(task.error)).toBeNull();
  expect(task.status).toBe('succeeded');
  expect(await stored()).toEqual(canonical);
}

beforeAll(async () => {
  t = await createExcelTestApp();
  staff = await t.agent('staff');
  await importFile(t, staff, await excelFile(rows(4)));
  canonical = await stored();
  expect(canonical).toHaveLength(4);
});
afterAll(() => t.close());
beforeEach(async () => {
  await t.db.delete(sampleRows);
});

describe('files as WPS and LibreOffice write them', () => {
  it('inline strings, numbers stored as text, date serials, full-width digits, 是/否, spaced codes', async () => {
    const wpsish = rows(4).map((r, i): Cells => ({
      ...r,
      统一社会信用代码: ` ${String(r['统一社会信用代码']).toLowerCase()} `,
      成立日期: i % 2 ? Math.round((r['成立日期'] as Date).getTime() / 86_400_000) + 25569 : String(Math.round((r['成立日期'] as Date).getTime() / 86_400_000) + 25569),
      年度: i % 2 ? '２０２４' : '2024',
      从业人员数: String(r['从业人员数']),
      '营业收入（万元）': i === 0 ? '1,235.50' : String(r['营业收入（万元）']),
      联系人手机: Number(r['联系人手机']),
      所在乡镇: (i + 1) % 2 ? ' 霍邱县城关镇 ' : '341522101',
    }));
    await importsLikeCanonical(await streamedFile(wpsish));
  });

  it('dates typed as text in Chinese notations', async () => {
    const texty = rows(4).map((r): Cells => {
      const d = r['成立日期'] as Date;
      return { ...r, 成立日期: `${d.getUTCFullYear()}年${d.getUTCMonth() + 1}月${d.getUTCDate()}日` };
    });
    await importsLikeCanonical(await excelFile(texty));
  });

  it('title rows above the header, reordered and extra columns, header spelling variants, instructions sheet first', async () => {
    const headers = [...sampleHeaders].reverse().map((h) => (h === '营业收入（万元）' ? ' 营业收入 (万元) ' : h === '统一社会信用代码' ? '* 统一社会信用代码(必填)' : h));
    headers.splice(3, 0, '备注');
    const renamed = rows(4).map((r) => ({ ...r, ' 营业收入 (万元) ': r['营业收入（万元）'], '* 统一社会信用代码(必填)': r['统一社会信用代码'], 备注: '随便写点什么' }));
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('填写说明').addRows([['填写说明'], ['统一社会信用代码 必填']]);
    const ws = wb.addWorksheet('数据');
    ws.addRows([['霍邱县企业年度数据（2024）'], [], headers, ...renamed.map((r) => headers.map((h) => (r as Cells)[h] ?? null))]);
    ws.getColumn(headers.indexOf('成立日期') + 1).numFmt = 'yyyy/m/d';
    await importsLikeCanonical(Buffer.from(await wb.xlsx.writeBuffer()));
  });

  it('rich text, formulas with cached results, shared formulas, booleans, hyperlinks, styled empty rows', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('企业年度数据');
    ws.addRow(sampleHeaders);
    rows(4).forEach((r, i) => {
      const row = ws.addRow(sampleHeaders.map((h) => r[h] ?? null));
      row.getCell(2).value = { richText: [{ text: String(r['企业名称']).slice(0, 3), font: { bold: true } }, { text: String(r['企业名称']).slice(3) }] };
      row.getCell(9).value = i === 0 ? { formula: 'H2-H2+10', result: 10 } as ExcelJS.CellFormulaValue : { sharedFormula: 'I2', result: 10 } as ExcelJS.CellSharedFormulaValue;
      row.getCell(11).value = r['是否高新技术企业'] === '是';
      row.getCell(6).numFmt = 'yyyy-mm-dd';
      if (i === 1) row.getCell(12).value = { text: String(r['联系人手机']), hyperlink: `tel:${r['联系人手机']}` };
    });
    for (let r = 6; r < 40; r++) ws.getCell(`A${r}`).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFFF00' } };
    await importsLikeCanonical(Buffer.from(await wb.xlsx.writeBuffer()));
  });

  it('shared strings before or after the worksheets in the zip (WPS vs Excel order)', async () => {
    const file = await excelFile(rows(4));
    await importsLikeCanonical(await rezip(file, () => undefined, ['[Content_Types].xml', 'xl/workbook.xml', 'xl/_rels/workbook.xml.rels', 'xl/sharedStrings.xml', 'xl/styles.xml']));
    await t.db.delete(sampleRows);
    await importsLikeCanonical(await rezip(file, () => undefined, ['[Content_Types].xml', 'xl/workbook.xml', 'xl/_rels/workbook.xml.rels', 'xl/worksheets/sheet1.xml']));
  });

  it('the 1904 date system (some Mac files): Date cells and bare serials', async () => {
    const wb = new ExcelJS.Workbook();
    wb.properties.date1904 = true;
    const ws = wb.addWorksheet('企业年度数据');
    ws.addRow(sampleHeaders);
    rows(4).forEach((r, i) => {
      const row = ws.addRow(sampleHeaders.map((h) => r[h] ?? null));
      const d = r['成立日期'] as Date;
      if (i % 2) row.getCell(6).value = Math.round(d.getTime() / 86_400_000) + 25569 - 1462;
      else row.getCell(6).numFmt = 'yyyy-mm-dd';
    });
    await importsLikeCanonical(Buffer.from(await wb.xlsx.writeBuffer()));
  });

  it('error values and formulas without a saved result are row errors, not crashes', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('企业年度数据');
    ws.addRow(sampleHeaders);
    ws.addRow(sampleHeaders.map((h) => validRow(1)[h] ?? null)).getCell(8).value = { error: '#DIV/0!' } as ExcelJS.CellErrorValue;
    ws.addRow(sampleHeaders.map((h) => validRow(2)[h] ?? null)).getCell(10).value = { formula: 'H3*2' } as ExcelJS.CellFormulaValue;
    const { task } = await importFile(t, staff, Buffer.from(await wb.xlsx.writeBuffer()));
    expect(task.error.details).toEqual([
      { row: 2, column: '从业人员数（H 列）', message: expect.stringMatching(/错误值 #DIV\/0!|公式计算出错/) },
      { row: 3, column: '营业收入（万元）（J 列）', message: '公式没有保存计算结果，请在 Excel 或 WPS 中打开并保存后再导入' },
    ]);
  });

  it('keeps Chinese text intact where it crosses zip chunk boundaries (ExcelJS 4.4 decodes chunks separately)', async () => {
    const many = Array.from({ length: 3000 }, (_, i) => ({ ...validRow(i + 1), 企业名称: `安徽省六安市霍邱县科技创新示范测试企业第${i + 1}号有限责任公司` }));
    for (const file of [await excelFile(many), await streamedFile(many)]) {
      await t.db.delete(sampleRows);
      const { task } = await importFile(t, staff, file);
      expect(task.result).toMatchObject({ rows: 3000, inserted: 3000 });
      const names = (await stored()).map((r) => r.name);
      expect(names.filter((n) => !/^安徽省六安市霍邱县科技创新示范测试企业第\d+号有限责任公司$/.test(n))).toEqual([]);
    }
  });

  it('a truncated or corrupt file fails with a Chinese message', async () => {
    const file = await excelFile(rows(4));
    const { task } = await importFile(t, staff, file.subarray(0, Math.floor(file.length / 2)));
    expect(task.status).toBe('failed');
    expect(task.error.message).toMatch(/无法读取该文件|没有找到表头/);
    expect(usccOf(1)).toHaveLength(18);
  });
});
