import type ExcelJS from 'exceljs';
import { asc } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Agent } from '../../test/harness';
import { cellPrimitive } from './cell';
import { createExcelTestApp, importFile, sampleBase } from './testing/app';
import { loadWorkbook, validRow } from './testing/fixtures';
import { resaveWithLibreOffice, sofficePath } from './testing/libreoffice';
import { sampleRows } from './testing/sample';

/** Real LibreOffice Calc round trips; skipped where soffice is not installed. */
describe.skipIf(!sofficePath())('files saved by LibreOffice Calc', () => {
  let t: Awaited<ReturnType<typeof createExcelTestApp>>;
  let staff: Agent;
  beforeAll(async () => {
    t = await createExcelTestApp();
    staff = await t.agent('staff');
  });
  afterAll(() => t?.close());

  async function filledTemplate(n: number): Promise<Buffer> {
    const wb = await loadWorkbook((await staff.get(`${sampleBase}/import-template`)).rawPayload);
    const ws = wb.getWorksheet('企业年度数据')!;
    const headers = (ws.getRow(1).values as unknown[]).slice(1).map((h) => String(h).replace(/^\*/, ''));
    for (let i = 1; i <= n; i++) {
      const r = validRow(i);
      ws.getRow(i + 1).values = headers.map((h) => r[h] as ExcelJS.CellValue);
    }
    return Buffer.from(await wb.xlsx.writeBuffer());
  }

  it('keeps the template usable: sheets, hidden dictionary, dropdowns and header survive a LibreOffice save', { timeout: 120_000 }, async () => {
    const resaved = resaveWithLibreOffice((await staff.get(`${sampleBase}/import-template`)).rawPayload);
    const wb = await loadWorkbook(resaved);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['企业年度数据', '填写说明', '字典']);
    expect(wb.getWorksheet('字典')!.state).toBe('hidden');
    const ws = wb.getWorksheet('企业年度数据')!;
    // LibreOffice writes the header as rich text (one run per font); the reader joins the runs.
    expect(cellPrimitive(ws.getRow(1).getCell(1).value)).toBe('*统一社会信用代码');
    const dv = (ws as unknown as { dataValidations: { model: Record<string, { type: string; formulae: string[] }> } }).dataValidations.model;
    expect(dv.D2).toMatchObject({ type: 'list' });
    expect(String(dv.D2!.formulae[0])).toMatch(/字典.*\$B\$2:\$B\$41/);
  });

  it('imports a filled template after LibreOffice saved it (shared strings after sheets, its own styles and date formats)', { timeout: 120_000 }, async () => {
    const resaved = resaveWithLibreOffice(await filledTemplate(5));
    const { task } = await importFile(t, staff, resaved, 'libreoffice.xlsx');
    expect(task.error).toBeNull();
    expect(task.result).toMatchObject({ rows: 5, inserted: 5 });
    const all = await t.db.select().from(sampleRows).orderBy(asc(sampleRows.uscc));
    expect(all[0]).toMatchObject({ founded: '2015-05-02', revenue: '1235.50', regionCode: '341522100', highTech: false, mobile: '13900000001' });
  });

  it('imports a corrected error report after LibreOffice saved it', { timeout: 120_000 }, async () => {
    await t.db.delete(sampleRows);
    const wb = await loadWorkbook(await filledTemplate(3));
    wb.getWorksheet('企业年度数据')!.getCell('B3').value = null;
    const bad = await importFile(t, staff, Buffer.from(await wb.xlsx.writeBuffer()));
    expect(bad.task.status).toBe('failed');
    const report = resaveWithLibreOffice((await staff.get(`/api/v1/files/${bad.task.result.errorReportFileId}`)).rawPayload);
    const fixed = await loadWorkbook(report);
    const ws = fixed.getWorksheet('企业年度数据')!;
    expect(String(cellPrimitive(ws.getCell('M3').value))).toContain('必填项不能为空');
    ws.getCell('B3').value = '改好的企业名称有限公司';
    const good = await importFile(t, staff, resaveWithLibreOffice(Buffer.from(await fixed.xlsx.writeBuffer())));
    expect(good.task.result).toMatchObject({ rows: 3, inserted: 3 });
  });

  it('imports an export back unchanged after LibreOffice saved it (inline strings, date serials, number formats)', { timeout: 120_000 }, async () => {
    const res = await (await t.agent('leader')).get(`${sampleBase}/export?showPersonalData=true`);
    expect(res.statusCode).toBe(200);
    const again = await importFile(t, staff, resaveWithLibreOffice(res.rawPayload), 'export-libreoffice.xlsx');
    expect(again.task.error).toBeNull();
    expect(again.task.result).toMatchObject({ rows: 3, inserted: 0, updated: 0, unchanged: 3 });
  });
});
