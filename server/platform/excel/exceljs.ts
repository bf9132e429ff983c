import type ExcelJSNamespace from 'exceljs';

export type ExcelJS = typeof ExcelJSNamespace;

let loading: Promise<ExcelJS> | null = null;

/**
 * ExcelJS, imported on first use: loading it took about 0.4 s of every cold start, and most
 * processes start long before anyone downloads a template or an export.
 */
export function loadExcelJS(): Promise<ExcelJS> {
  loading ??= import('exceljs').then((m) => (m.default ?? m) as ExcelJS);
  return loading;
}
