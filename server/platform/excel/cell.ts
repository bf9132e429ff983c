/** What one cell holds once the spreadsheet's encoding is peeled off. */
export type RawCell = null | string | number | boolean | Date | { error: string };

const noResult = { error: '公式没有保存计算结果，请在 Excel 或 WPS 中打开并保存后再导入' };

function fromFormula(result: unknown): RawCell {
  if (result === undefined || result === null) return noResult;
  if (typeof result === 'number' && Number.isNaN(result)) return { error: '公式计算出错（如 #DIV/0!、#N/A）' };
  return cellPrimitive(result);
}

/**
 * Any value ExcelJS gives for a cell (plain, shared or inline string, rich text, formula with its
 * cached result, hyperlink, error, Date) as one primitive. Empty text counts as empty.
 */
export function cellPrimitive(value: unknown): RawCell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string') return value.trim() === '' ? null : value;
  if (typeof value === 'number') return Number.isFinite(value) ? value : { error: '数值无效' };
  if (typeof value === 'boolean' || value instanceof Date) return value;
  if (typeof value !== 'object') return String(value);
  const v = value as Record<string, unknown>;
  if (Array.isArray(v.richText)) return cellPrimitive((v.richText as { text?: string }[]).map((r) => r.text ?? '').join(''));
  if ('formula' in v || 'sharedFormula' in v) return fromFormula(v.result);
  if (typeof v.error === 'string') return { error: `单元格为错误值 ${v.error}` };
  if ('text' in v) return cellPrimitive(v.text);
  if ('hyperlink' in v) return cellPrimitive(v.hyperlink);
  return null;
}

export const isCellError = (v: RawCell): v is { error: string } =>
  v !== null && typeof v === 'object' && !(v instanceof Date);
