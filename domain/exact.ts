import Decimal from 'decimal.js';

/**
 * Money and ratios for the diagnosis rules. Thresholds are checked by cross-multiplying
 * (a ÷ b ≥ t ⇔ a ≥ t·b), so no division ever rounds a boundary case to the wrong side; 60
 * significant digits keep every such product exact for amounts far beyond any enterprise's.
 */
export const Dec = Decimal.clone({ precision: 60, rounding: Decimal.ROUND_HALF_UP });
export type Dec = Decimal;
export type DecValue = Decimal.Value;

/** A fraction num ÷ den with den > 0; null stands for "undefined" (zero or negative base). */
export interface Ratio {
  num: Decimal;
  den: Decimal;
}

export function ratio(num: Decimal.Value, den: Decimal.Value): Ratio | null {
  const d = new Dec(den);
  return d.gt(0) ? { num: new Dec(num), den: d } : null;
}

export const atLeast = (r: Ratio, threshold: Decimal.Value): boolean => r.num.gte(r.den.mul(threshold));
export const above = (r: Ratio, threshold: Decimal.Value): boolean => r.num.gt(r.den.mul(threshold));

/**
 * Percent with 2 decimals, rounded toward −∞ so a value that misses a threshold is never shown
 * as reaching it (9.999% shows as 9.99%, not 10.00%).
 */
export function percent(r: Ratio): string {
  return `${r.num.div(r.den).mul(100).toDecimalPlaces(2, Decimal.ROUND_FLOOR).toFixed(2)}%`;
}

/** Policy thresholds are fractions ('0.10'); shown as '10%'. */
export const thresholdPercent = (fraction: string): string => `${new Dec(fraction).mul(100).toString()}%`;

/** Thresholds in 元 the way people say them: '50000000' → '5000 万元', '200000000' → '2 亿元'. */
export function yuanLabel(yuan: string): string {
  const v = new Dec(yuan);
  if (v.gte(1e8) && v.mod(1e8).isZero()) return `${v.div(1e8).toString()} 亿元`;
  return v.gte(1e4) ? `${v.div(1e4).toString()} 万元` : `${v.toString()} 元`;
}

export const sum = (values: readonly Decimal.Value[]): Decimal =>
  values.reduce<Decimal>((acc, v) => acc.add(v), new Dec(0));
