import { mobilePattern } from '../../../domain/masking';
import { checkUscc } from '../../../domain/uscc';
import { isCellError, type RawCell } from './cell';
import { isoFromDate, isoFromSerial, isoFromText } from './dates';
import type { ResolvedDictionary } from './dictionary';
import { bad, ok, parseDecimal, parseInteger, type Parsed } from './numbers';
import type { ColumnDef, ColumnKind } from './sheet';
import { normalizeText } from './text';

export type { Parsed } from './numbers';

const landline = /^0\d{2,3}-?\d{7,8}(-\d{1,6})?$/;

const booleans: Record<string, boolean> = {
  是: true, 否: false, y: true, n: false, yes: true, no: false, true: true, false: false,
  '1': true, '0': false, '√': true, '×': false, 有: true, 无: false,
};

/** Text of a non-numeric cell; numbers that were meant as text (mobile, codes) print plainly. */
function textOf(raw: Exclude<RawCell, null | { error: string }>): string {
  if (raw instanceof Date) return isoFromDate(raw) ?? '';
  if (typeof raw === 'boolean') return raw ? '是' : '否';
  if (typeof raw === 'number') return Number.isInteger(raw) ? raw.toFixed(0) : String(raw);
  return raw;
}

function fromDictionary(raw: string, dict: ResolvedDictionary | undefined, what: string): Parsed {
  const found = dict?.lookup(raw);
  if (found && 'value' in found) return ok(found.value);
  if (found) return bad(`“${raw}”对应多个${what}（${found.ambiguous.join('、')}），请填写代码`);
  const listed = (dict?.entries ?? []).filter((e) => e.listed !== false).map((e) => e.label);
  const hint = listed.length ? `，可选：${listed.slice(0, 8).join('、')}${listed.length > 8 ? ' 等' : ''}` : '';
  return bad(`“${raw}”不是有效的${what}${hint}`);
}

type KindParser = (col: ColumnDef, raw: Exclude<RawCell, null | { error: string }>, dict: ResolvedDictionary | undefined, date1904: boolean) => Parsed;

const parsers: Record<ColumnKind, KindParser> = {
  text(col, raw) {
    const text = textOf(raw).replace(/[\s\u3000]+/g, ' ').trim();
    const max = col.maxLength ?? 500;
    return [...text].length > max ? bad(`不能超过 ${max} 个字`) : ok(text);
  },
  integer: (col, raw) => parseInteger(col, raw),
  decimal: (col, raw) => parseDecimal(col, raw),
  date(_col, raw, _dict, date1904) {
    let iso: string | null = null;
    if (raw instanceof Date) iso = isoFromDate(raw);
    else if (typeof raw === 'number') iso = isoFromSerial(raw, date1904);
    else if (typeof raw === 'string') {
      const text = normalizeText(raw);
      iso = /^\d{5}(\.\d+)?$/.test(text) ? isoFromSerial(Number(text), date1904) : isoFromText(text);
    }
    return iso ? ok(iso) : bad('日期格式不正确，应为 2024-01-31 这样的日期');
  },
  enum: (_col, raw, dict) => fromDictionary(normalizeText(textOf(raw)), dict, '选项'),
  region: (_col, raw, dict) => fromDictionary(normalizeText(textOf(raw)), dict, '行政区划（须在本单位管辖范围内）'),
  uscc(_col, raw) {
    const result = checkUscc(normalizeText(textOf(raw)));
    return result.valid ? ok(result.code) : bad(`统一社会信用代码有误：${result.reason}`);
  },
  boolean(_col, raw) {
    if (typeof raw === 'boolean') return ok(raw);
    const v = booleans[normalizeText(textOf(raw)).toLowerCase()];
    return v === undefined ? bad('应填“是”或“否”') : ok(v);
  },
  mobile(_col, raw) {
    const text = normalizeText(textOf(raw)).replace(/[\s-]/g, '').replace(/^(\+?86)(?=1\d{10}$)/, '');
    if (text.includes('*')) return bad('这是脱敏后的号码，请填写完整号码或留空');
    return mobilePattern.test(text) ? ok(text) : bad('手机号应为 11 位数字，以 1 开头');
  },
  phone(_col, raw) {
    const text = normalizeText(textOf(raw)).replace(/\s/g, '').replace(/^(\+?86)(?=1\d{10}$)/, '');
    if (text.includes('*')) return bad('这是脱敏后的号码，请填写完整号码或留空');
    if (mobilePattern.test(text.replace(/-/g, ''))) return ok(text.replace(/-/g, ''));
    return landline.test(text) ? ok(text) : bad('应为 11 位手机号或带区号的固定电话（如 0564-1234567）');
  },
};

/** Parses one cell for its column. Empty cells are null, or an error when the column is required. */
export function parseCell(col: ColumnDef, raw: RawCell, dict: ResolvedDictionary | undefined, date1904 = false): Parsed {
  if (raw === null) return col.required ? bad('必填项不能为空') : ok(null);
  if (isCellError(raw)) return bad(raw.error);
  return parsers[col.kind](col, raw, dict, date1904);
}
