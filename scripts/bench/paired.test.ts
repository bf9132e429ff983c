import { describe, expect, it } from 'vitest';
import type { LoadOptions, LoadResult } from './load';
import { mergeRounds, pairedLoad } from './paired';

const result = (rps: number, p50Ms: number, p99Ms: number, seconds = 1, errors = 0): LoadResult =>
  ({ requests: rps * seconds, errors, seconds, rps, p50Ms, p99Ms });

describe('pairedLoad', () => {
  it('warms each side, then alternates route and floor, and reports the median of the rounds’ ratios', async () => {
    const calls: string[] = [];
    // The machine slows down in the second round: both sides see it, so that round's ratio is unchanged.
    const routeRps = [999, 500, 250, 600];
    const floorRps = [999, 1000, 500, 1000];
    const runner = (side: string, rps: number[]) => async (o: LoadOptions) => {
      calls.push(`${side} ${o.durationMs}`);
      const n = calls.filter((c) => c.startsWith(side)).length - 1;
      return result(rps[n]!, 10 + n, 20 + n);
    };
    const r = await pairedLoad(runner('route', routeRps), runner('floor', floorRps), { connections: 10, warmupMs: 50, roundMs: 30, rounds: 3 });
    expect(calls).toEqual(['route 50', 'floor 50', 'route 30', 'floor 30', 'route 30', 'floor 30', 'route 30', 'floor 30']);
    expect(r.ratios).toEqual([0.5, 0.5, 0.6]);
    expect(r.ratio).toBe(0.5);
    expect(r.http).toMatchObject({ requests: 1350, seconds: 3, rps: 450, p50Ms: 12, p99Ms: 23 });
    expect(r.floor.rps).toBeCloseTo(2500 / 3, 6);
  });

  it('skips the warm-up when there is none', async () => {
    const calls: number[] = [];
    const side = async (o: LoadOptions) => (calls.push(o.durationMs), result(100, 1, 2));
    const r = await pairedLoad(side, side, { connections: 1, warmupMs: 0, roundMs: 7, rounds: 2 });
    expect(calls).toEqual([7, 7, 7, 7]);
    expect(r.ratio).toBe(1);
  });
});

describe('mergeRounds', () => {
  it('sums requests, errors and time, takes the median p50 and the worst p99', () => {
    const merged = mergeRounds([result(100, 5, 40, 2, 1), result(300, 3, 90, 1), result(200, 4, 30, 1, 2)]);
    expect(merged).toEqual({ requests: 700, errors: 3, seconds: 4, rps: 175, p50Ms: 4, p99Ms: 90 });
  });
});
