import { above, atLeast, ratio, type Ratio } from './exact';
import type { Band, IpBands } from './policy/types';

/** First band (highest first) the value reaches; an undefined ratio falls to the catch-all row. */
export function bandOf<P>(value: Ratio | null, bands: readonly Band<P>[]): Band<P> {
  for (const band of bands) {
    if (band.from === null) return band;
    if (value && (band.strict ? above(value, band.from) : atLeast(value, band.from))) return band;
  }
  throw new Error(`band table ${bands.map((b) => b.code).join('')} has no catch-all row`);
}

export const count = (n: number): Ratio => ratio(n, 1)!;

export interface IpBand<P> {
  code: string;
  points: P;
}

export function ipBandOf<P>(class1: number, class2: number, bands: IpBands<P>): IpBand<P> {
  if (class1 >= bands.class1.from) return { code: 'class1', points: bands.class1.points };
  const band = bandOf(count(class2), bands.class2);
  return { code: band.code, points: band.points };
}
