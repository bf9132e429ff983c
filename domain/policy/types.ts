/**
 * Rules change by notice (provincial and city notices often tighten the national ones), so every
 * threshold lives in a versioned policy object, picked by the assessment date.
 */
export interface PolicyVersion {
  id: string;
  title: string;
  /** Document numbers the thresholds come from. */
  basis: string;
  /** ISO date, inclusive. */
  effectiveFrom: string;
  /** ISO date, inclusive; null while in force. */
  effectiveTo: string | null;
}

/** [min, max] points a band can earn; objective bands still leave the expert a range. */
export type PointRange = readonly [number, number];

/**
 * One row of a band table, highest first. `from` is a fraction or count as a decimal string;
 * the row applies when the value is ≥ from (> from when `strict`). The last row has from = null
 * and catches everything else, including values that cannot be computed.
 */
export interface Band<P> {
  code: string;
  from: string | null;
  strict?: boolean;
  points: P;
}

/** IP holdings: any Ⅰ类 item decides alone, otherwise the Ⅱ类 count is banded. */
export interface IpBands<P> {
  class1: { from: number; points: P };
  class2: readonly Band<P>[];
}

export function pickPolicy<T extends PolicyVersion>(versions: readonly T[], asOf: string): T {
  const inForce = versions.filter((v) => v.effectiveFrom <= asOf && (v.effectiveTo === null || asOf <= v.effectiveTo));
  const sorted = [...(inForce.length ? inForce : versions)].sort((a, b) => a.effectiveFrom.localeCompare(b.effectiveFrom));
  // Before the earliest known version we still answer with it rather than refuse: a self-check
  // dated in the past is a what-if, and the older wording has the same thresholds.
  const picked = inForce.length ? sorted[sorted.length - 1] : sorted[0];
  if (!picked) throw new Error('no policy versions configured');
  return picked;
}
