import type ExcelJS from 'exceljs';
import { loadExcelJS } from './exceljs';
import { cellPrimitive, isCellError } from './cell';
import type { IssueLog } from './issues';
import { readSheet } from './reader';
import { bufferSink } from './sink';
import type { AnySheet } from './sheet';

const red: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFC7CE' } };
const errorFont: Partial<ExcelJS.Font> = { color: { argb: 'FFC00000' } };
export const errorColumnHeader = '错误说明';

/** The cell as the user wrote it, minus formulas whose result is already known. */
function plain(value: unknown): ExcelJS.CellValue {
  const v = cellPrimitive(value);
  if (v === null || !isCellError(v)) return v;
  const o = value as { formula?: string; error?: string };
  if (o.formula) return { formula: o.formula } as ExcelJS.CellFormulaValue;
  return o.error ? ({ error: o.error } as ExcelJS.CellErrorValue) : null;
}

/**
 * The uploaded sheet again, every data row in its place, with a 错误说明 column and the bad cells
 * filled red, so the user fixes the rows and uploads the same file again. Written streaming: one
 * row in memory at a time.
 */
export async function buildErrorReport(content: Buffer, sheet: AnySheet, issues: IssueLog): Promise<Buffer> {
  const { header, rows } = await readSheet(content, sheet);
  const sink = bufferSink();
  const wb = new (await loadExcelJS()).stream.xlsx.WorkbookWriter({ stream: sink.stream, useStyles: true, useSharedStrings: false });
  const ws = wb.addWorksheet(sheet.name, { views: [{ state: 'frozen', ySplit: header.rowNumber }] });
  const errorCol = header.lastColumn + 1;
  ws.columns = Array.from({ length: errorCol }, (_, i) => {
    const def = sheet.columns[header.positions.indexOf(i + 1)];
    return { width: i + 1 === errorCol ? 60 : def?.width ?? 16 };
  });
  const head = ws.getRow(header.rowNumber);
  for (const [col, text] of header.texts) head.getCell(col).value = text;
  head.getCell(errorCol).value = errorColumnHeader;
  head.font = { bold: true };
  head.getCell(errorCol).font = { bold: true, color: { argb: 'FFC00000' } };
  head.commit();
  for await (const row of rows) {
    const out = ws.getRow(row.rowNumber);
    row.values.forEach((v, col) => {
      if (col > header.lastColumn) return;
      const cell = out.getCell(col);
      cell.value = plain(v);
      if (cell.value instanceof Date) cell.numFmt = 'yyyy-mm-dd';
    });
    const problems = issues.byRow.get(row.rowNumber);
    if (problems) {
      for (const col of problems.cells) out.getCell(col).fill = red;
      const note = out.getCell(errorCol);
      note.value = problems.text;
      note.font = errorFont;
    }
    out.commit();
  }
  ws.commit();
  await wb.commit();
  return sink.done;
}
