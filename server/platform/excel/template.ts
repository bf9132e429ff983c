import type ExcelJS from 'exceljs';
import { loadExcelJS } from './exceljs';
import { absoluteRange, columnLetter } from './columns';
import { describeKind } from './describe';
import type { ResolvedDictionary } from './dictionary';
import type { AnySheet, ColumnDef } from './sheet';

export const instructionsSheetName = '填写说明';
export const dictionarySheetName = '字典';
/** Range-wide validations exist in ExcelJS 4.4 but are missing from its typings. */
interface WithValidations {
  dataValidations: { add(range: string, validation: ExcelJS.DataValidation): void };
}

/** Rows of the data sheet that carry dropdowns and formats. */
const validatedRows = 10_000;

const numFmts: Partial<Record<ColumnDef['kind'], string>> = { integer: '0', date: 'yyyy-mm-dd', text: '@', uscc: '@', mobile: '@', phone: '@', region: '@', enum: '@' };

function numFmtOf(c: ColumnDef): string | undefined {
  if (c.kind === 'decimal') return (c.scale ?? 2) > 0 ? `0.${'0'.repeat(c.scale ?? 2)}` : '0';
  return numFmts[c.kind];
}

function listOf(c: ColumnDef, dict: ResolvedDictionary | undefined): string[] {
  if (c.kind === 'boolean') return ['是', '否'];
  return (dict?.entries ?? []).filter((e) => e.listed !== false).map((e) => e.label);
}

function validationOf(c: ColumnDef, listRef: string | null): ExcelJS.DataValidation | null {
  const common = { allowBlank: !c.required, showInputMessage: true, promptTitle: c.header.slice(0, 32), prompt: (c.note ?? describeKind(c)).slice(0, 250), showErrorMessage: true, errorTitle: '输入不正确' };
  if (listRef) {
    // Regions also accept typed villages and codes, so a value off the list only warns.
    return { ...common, type: 'list', formulae: [listRef], errorStyle: c.kind === 'region' ? 'warning' : 'stop', error: '请从下拉列表中选择' };
  }
  const bounds = (lo?: number, hi?: number) => lo !== undefined && hi !== undefined
    ? { operator: 'between' as const, formulae: [lo, hi] }
    : lo !== undefined ? { operator: 'greaterThanOrEqual' as const, formulae: [lo] } : hi !== undefined ? { operator: 'lessThanOrEqual' as const, formulae: [hi] } : null;
  const b = bounds(c.min, c.max);
  switch (c.kind) {
    case 'integer':
      return { ...common, type: 'whole', ...(b ?? { operator: 'between', formulae: [-1e12, 1e12] }), error: describeKind(c) };
    case 'decimal':
      return { ...common, type: 'decimal', ...(b ?? { operator: 'between', formulae: [-1e14, 1e14] }), error: describeKind(c) };
    case 'date':
      return { ...common, type: 'date', operator: 'greaterThan', formulae: [new Date(Date.UTC(1900, 0, 1))], error: describeKind(c) };
    case 'uscc':
      return { ...common, type: 'textLength', operator: 'equal', formulae: [18], error: '统一社会信用代码应为 18 位' };
    case 'mobile':
      return { ...common, type: 'textLength', operator: 'equal', formulae: [11], error: '手机号应为 11 位' };
    default:
      return null;
  }
}

function addInstructions(wb: ExcelJS.Workbook, sheet: AnySheet): void {
  const ws = wb.addWorksheet(instructionsSheetName);
  ws.columns = [{ width: 26 }, { width: 8 }, { width: 36 }, { width: 60 }];
  ws.addRow([`${sheet.title} · 填写说明`]).font = { bold: true, size: 14 };
  const keys = (sheet.uniqueBy ?? []).map((k) => sheet.columns.find((c) => c.key === k)!.header);
  const lines = [
    ...sheet.instructions,
    `请在“${sheet.name}”工作表中填写，带 * 的列为必填项。表头文字请勿修改；列的顺序可以调整，多余的列会被忽略。`,
    '导入时先校验整个文件：只要有一行出错，就不会写入任何数据，系统会返回标出错误单元格并在每行末尾加上“错误说明”的原文件，修改后可直接重新导入。',
    ...(keys.length ? [`同一文件可以重复导入：“${keys.join('”+“')}”相同的记录会被更新，不会重复新增。`] : []),
    '日期请填写为 2024-01-31 这样的格式；金额、数量请填写数字，不要带单位。支持 Excel、WPS 表格和 LibreOffice 保存的 .xlsx 文件。',
  ];
  lines.forEach((l, i) => ws.addRow([`${i + 1}. ${l}`]));
  ws.addRow([]);
  const head = ws.addRow(['列名', '必填', '填写要求', '说明']);
  head.font = { bold: true };
  for (const c of sheet.columns) ws.addRow([c.header, c.required ? '是' : '', describeKind(c), c.note ?? '']);
}

/** Dropdown lists: one column per dictionary on a hidden sheet, referenced by range (no 255-character limit). */
function addDictionaries(wb: ExcelJS.Workbook, sheet: AnySheet, dicts: Map<string, ResolvedDictionary>): Map<string, string> {
  const refs = new Map<string, string>();
  const lists = sheet.columns.map((c) => ({ c, list: ['enum', 'region', 'boolean'].includes(c.kind) ? listOf(c, dicts.get(c.key)) : [] }))
    .filter((x) => x.list.length);
  if (!lists.length) return refs;
  const ws = wb.addWorksheet(dictionarySheetName, { state: 'hidden' });
  lists.forEach(({ c, list }, i) => {
    const col = i + 1;
    ws.getCell(1, col).value = c.header;
    list.forEach((label, j) => (ws.getCell(j + 2, col).value = label));
    refs.set(c.key, absoluteRange(dictionarySheetName, col, 2, list.length + 1));
  });
  return refs;
}

/** The import template: data sheet (bold frozen headers, * on required, notes, dropdowns, formats), 填写说明, hidden 字典. */
export async function buildTemplate(sheet: AnySheet, dicts: Map<string, ResolvedDictionary>): Promise<Buffer> {
  const wb = new (await loadExcelJS()).Workbook();
  wb.creator = 'Kejiju 科技局工作平台';
  const ws = wb.addWorksheet(sheet.name, { views: [{ state: 'frozen', ySplit: 1 }] });
  addInstructions(wb, sheet);
  const refs = addDictionaries(wb, sheet, dicts);
  const head = ws.getRow(1);
  sheet.columns.forEach((c, i) => {
    const col = i + 1;
    ws.getColumn(col).width = c.width ?? Math.max(12, c.header.length * 2 + 4);
    const cell = head.getCell(col);
    cell.value = c.required ? `*${c.header}` : c.header;
    cell.font = { bold: true, color: { argb: c.required ? 'FFC00000' : 'FF000000' } };
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9E1F2' } };
    cell.alignment = { vertical: 'middle', horizontal: 'center', wrapText: true };
    cell.note = `${c.required ? '必填。' : ''}${describeKind(c)}${c.note ? `。${c.note}` : ''}`;
    const fmt = numFmtOf(c);
    if (fmt) ws.getColumn(col).numFmt = fmt;
    const v = validationOf(c, refs.get(c.key) ?? null);
    const letter = columnLetter(col);
    if (v) (ws as unknown as WithValidations).dataValidations.add(`${letter}2:${letter}${validatedRows + 1}`, v);
  });
  head.height = 24;
  return Buffer.from(await wb.xlsx.writeBuffer());
}
