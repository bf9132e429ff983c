import Decimal from 'decimal.js';
import type { RawCell } from './cell';
import type { ColumnDef } from './sheet';
import { normalizeText } from './text';

export type Parsed = { ok: true; value: unknown } | { ok: false; message: string };
export const ok = (value: unknown): Parsed => ({ ok: true, value });
export const bad = (message: string): Parsed => ({ ok: false, message });

const numeric = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;

/**
 * A number from a numeric cell or from text ("1,234.50", "１２３", "￥ 300"). Binary floats from
 * numeric cells are cut to the 15 significant digits Excel itself shows, so 0.1+0.2 reads as 0.3.
 */
function decimalOf(raw: RawCell): Decimal | null {
  if (typeof raw === 'number') return new Decimal(raw).toSignificantDigits(15);
  if (typeof raw !== 'string') return null;
  const text = normalizeText(raw).replace(/[,\s¥$]/g, '');
  return numeric.test(text) ? new Decimal(text) : null;
}

function inRange(col: ColumnDef, d: Decimal): string | null {
  if (col.min !== undefined && d.lt(col.min)) return `不能小于 ${col.min}`;
  if (col.max !== undefined && d.gt(col.max)) return `不能大于 ${col.max}`;
  return null;
}

/** Plain decimal text of a numeric cell that needs no rounding to 15 digits (most cells); else null. */
function plainNumber(raw: RawCell): string | null {
  if (typeof raw !== 'number' || Object.is(raw, -0)) return null;
  const s = String(raw);
  if (!/^-?\d+(\.\d+)?$/.test(s) || s.replace(/[-.]/g, '').length > 15) return null;
  return s;
}

const rangeOf = (col: ColumnDef, n: number) =>
  col.min !== undefined && n < col.min ? `不能小于 ${col.min}` : col.max !== undefined && n > col.max ? `不能大于 ${col.max}` : null;

export function parseInteger(col: ColumnDef, raw: RawCell): Parsed {
  if (typeof raw === 'number' && Number.isInteger(raw) && plainNumber(raw) !== null) {
    const problem = rangeOf(col, raw);
    return problem ? bad(problem) : ok(raw);
  }
  const d = decimalOf(raw);
  if (!d) return bad('应为整数');
  if (!d.isInteger()) return bad(`应为整数，不能有小数（${d.toString()}）`);
  if (d.abs().gt(Number.MAX_SAFE_INTEGER)) return bad('数值过大');
  return inRange(col, d) ? bad(inRange(col, d)!) : ok(d.toNumber());
}

/** Exact decimal as a fixed-point string with the column's scale, ready for a NUMERIC column. */
export function parseDecimal(col: ColumnDef, raw: RawCell): Parsed {
  const scale = col.scale ?? 2;
  const plain = plainNumber(raw);
  if (plain !== null) {
    // The same result as the Decimal path below, without Decimal: the text is exact already.
    const dot = plain.indexOf('.');
    const places = dot < 0 ? 0 : plain.length - dot - 1;
    // At most 15 digits: far below the 16 integer digits numeric(18,2) holds.
    if (places <= scale) {
      const problem = rangeOf(col, raw as number);
      if (problem) return bad(problem);
      return ok(scale === 0 ? plain : `${plain}${dot < 0 ? '.' : ''}${'0'.repeat(scale - places)}`);
    }
  }
  const d = decimalOf(raw);
  if (!d) return bad('应为数字');
  if (d.decimalPlaces() > scale) return bad(scale === 0 ? '应为整数' : `最多保留 ${scale} 位小数（${d.toString()}）`);
  // numeric(18,2) holds 16 integer digits; beyond that no column of ours can store it.
  if (d.abs().gte(new Decimal(10).pow(16))) return bad('数值过大');
  return inRange(col, d) ? bad(inRange(col, d)!) : ok(d.toFixed(scale));
}
