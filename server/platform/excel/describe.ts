import type { ColumnDef } from './sheet';

function range(c: ColumnDef): string {
  if (c.min !== undefined && c.max !== undefined) return `，${c.min}～${c.max}`;
  if (c.min !== undefined) return `，不小于 ${c.min}`;
  if (c.max !== undefined) return `，不大于 ${c.max}`;
  return '';
}

/** What a user must type in a column, in words (instructions sheet, header prompts). */
export function describeKind(c: ColumnDef): string {
  switch (c.kind) {
    case 'text':
      return `文本${c.maxLength ? `，不超过 ${c.maxLength} 字` : ''}`;
    case 'integer':
      return `整数${range(c)}`;
    case 'decimal':
      return `数字，最多 ${c.scale ?? 2} 位小数${range(c)}`;
    case 'date':
      return '日期，如 2024-01-31';
    case 'enum':
      return '从下拉列表中选择';
    case 'uscc':
      return '18 位统一社会信用代码';
    case 'region':
      return '行政区划名称或代码，下拉列表可选乡镇（街道）';
    case 'boolean':
      return '填“是”或“否”';
    case 'mobile':
      return '11 位手机号码';
    case 'phone':
      return '手机号或带区号的固定电话，如 0564-1234567';
  }
}
