import type { LoadOptions, LoadResult } from './load';

/** How a route and its floor share the clock: both warmed, then alternating windows. */
export interface PairedOptions {
  connections: number;
  /** Each side's unrecorded warm-up (JIT, pools, caches). */
  warmupMs: number;
  roundMs: number;
  rounds: number;
}

export interface PairedResult {
  http: LoadResult;
  floor: LoadResult;
  /** Route req/s ÷ floor q/s in each round, in order. */
  ratios: number[];
  /** The median of `ratios`: what the tables report as the ratio to the floor. */
  ratio: number;
}

export type LoadRunner = (options: LoadOptions) => Promise<LoadResult>;

export const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

/**
 * The rounds of one side as one result: requests and time summed, p50 the median round's, p99 the
 * worst round's (percentiles of separate windows cannot be merged exactly; the worst is the honest
 * bound).
 */
export function mergeRounds(rounds: readonly LoadResult[]): LoadResult {
  const requests = rounds.reduce((n, r) => n + r.requests, 0);
  const seconds = rounds.reduce((n, r) => n + r.seconds, 0);
  return {
    requests,
    errors: rounds.reduce((n, r) => n + r.errors, 0),
    seconds,
    rps: seconds > 0 ? requests / seconds : Number.NaN,
    p50Ms: median(rounds.map((r) => r.p50Ms)),
    p99Ms: Math.max(...rounds.map((r) => r.p99Ms)),
  };
}

/**
 * The route and its floor measured in alternating windows (route, floor, route, floor …) rather than
 * one long window each: on a shared, noisy VM the machine's speed drifts by tens of percent over a
 * minute, and a slow spell then lands on both sides instead of on one (docs/BENCHMARKS.md).
 */
export async function pairedLoad(route: LoadRunner, floor: LoadRunner, o: PairedOptions): Promise<PairedResult> {
  const window = (durationMs: number): LoadOptions => ({ connections: o.connections, durationMs, warmupMs: 0 });
  if (o.warmupMs > 0) {
    await route(window(o.warmupMs));
    await floor(window(o.warmupMs));
  }
  const routeRounds: LoadResult[] = [];
  const floorRounds: LoadResult[] = [];
  for (let i = 0; i < o.rounds; i++) {
    routeRounds.push(await route(window(o.roundMs)));
    floorRounds.push(await floor(window(o.roundMs)));
  }
  const ratios = routeRounds.map((r, i) => r.rps / floorRounds[i]!.rps);
  return { http: mergeRounds(routeRounds), floor: mergeRounds(floorRounds), ratios, ratio: median(ratios) };
}
