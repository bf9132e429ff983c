import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { composeUscc } from '../../../../domain/uscc';
import { bufferSink } from '../sink';
import { sampleSheet } from './sample';

/** A valid USCC of a 霍邱县 enterprise, distinct per i. */
export const usccOf = (i: number) => composeUscc('91', '341522', `MA${String(i).padStart(6, '0')}`);

export type Cells = Record<string, unknown>;

/** Cells of a valid row i, keyed by header text. */
export function validRow(i: number, year = 2024): Cells {
  return {
    统一社会信用代码: usccOf(i),
    企业名称: `霍邱县测试企业${i}有限公司`,
    所在乡镇: i % 2 ? '城关镇' : '341522101',
    所属行业: '测试行业门类第03类（含细分领域）',
    企业规模: '小型',
    成立日期: new Date(Date.UTC(2015, 4, (i % 28) + 1)),
    年度: year,
    从业人员数: 50 + (i % 50),
    科技人员数: 10,
    '营业收入（万元）': 1234.5 + i,
    是否高新技术企业: i % 3 ? '否' : '是',
    联系人手机: `1390000${String(i % 10000).padStart(4, '0')}`,
  };
}

export const sampleHeaders = sampleSheet.columns.map((c) => c.header);

/** An ordinary Excel-style file written by ExcelJS (shared strings, real dates). */
export async function excelFile(rows: Cells[], headers = sampleHeaders, opts: { before?: unknown[][]; sheetName?: string } = {}): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(opts.sheetName ?? '企业年度数据');
  for (const r of opts.before ?? []) ws.addRow(r);
  ws.addRow(headers);
  for (const r of rows) {
    const added = ws.addRow(headers.map((h) => r[h] ?? null));
    added.eachCell((cell) => {
      if (cell.value instanceof Date) cell.numFmt = 'yyyy-mm-dd';
    });
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/**
 * WPS/LibreOffice-like file: streaming writer (inline strings, no shared strings), numbers stored
 * as text, dates as bare serial numbers, full-width digits, 是/否 — whatever `cellsOf` returns.
 */
export async function streamedFile(rows: Cells[], headers = sampleHeaders): Promise<Buffer> {
  const sink = bufferSink();
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: sink.stream, useSharedStrings: false, useStyles: false });
  const ws = wb.addWorksheet('Sheet1');
  ws.addRow(headers).commit();
  for (const r of rows) ws.addRow(headers.map((h) => r[h] ?? null)).commit();
  ws.commit();
  await wb.commit();
  return sink.done;
}

/** Rewrites parts of an .xlsx (zip) by path; `order` puts the named entries first. */
export async function rezip(content: Buffer, edit: (files: Record<string, string>) => void, order: string[] = []): Promise<Buffer> {
  const zip = await JSZip.loadAsync(content);
  const files: Record<string, string> = {};
  for (const name of Object.keys(zip.files)) if (!zip.files[name]!.dir) files[name] = await zip.files[name]!.async('string');
  edit(files);
  const out = new JSZip();
  const names = [...order.filter((n) => n in files), ...Object.keys(files).filter((n) => !order.includes(n))];
  for (const n of names) out.file(n, files[n]!);
  return out.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

/** Reads a whole (small) workbook for assertions. */
export async function loadWorkbook(content: Buffer): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(content as unknown as ArrayBuffer);
  return wb;
}
