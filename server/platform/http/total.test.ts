import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createTestApp, type TestApp } from '../../test/harness';
import { estimateTtlMs, exactTotalLimit, listTotal } from './total';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const series = (n: number) => sql`select 1 from generate_series(1, ${n}::int)`;

describe('listTotal', () => {
  it('counts up to the limit and estimates beyond it', async () => {
    const db = t.ctx.database.db;
    expect(await listTotal(db, series(1234))).toEqual({ total: 1234, totalExact: true });
    expect(await listTotal(db, series(exactTotalLimit * 3))).toEqual({ total: exactTotalLimit * 3, totalExact: false });
  });

  it('plans the estimate of the same query once a minute, and again for other parameters or another handle', async () => {
    const db = t.ctx.database.db;
    const execute = vi.spyOn(db, 'execute');
    try {
      const big = series(54_321);
      expect(await listTotal(db, big)).toEqual({ total: 54_321, totalExact: false });
      expect(await listTotal(db, series(54_321))).toEqual({ total: 54_321, totalExact: false });
      expect(execute).toHaveBeenCalledTimes(1);
      expect(await listTotal(db, series(65_432))).toEqual({ total: 65_432, totalExact: false });
      expect(execute).toHaveBeenCalledTimes(2);
      vi.useFakeTimers({ now: Date.now() + estimateTtlMs + 1, toFake: ['Date'] });
      expect(await listTotal(db, series(54_321))).toEqual({ total: 54_321, totalExact: false });
      expect(execute).toHaveBeenCalledTimes(3);
    } finally {
      vi.useRealTimers();
      execute.mockRestore();
    }
    const inTransaction = await db.transaction((tx) => listTotal(tx, series(54_321)));
    expect(inTransaction).toEqual({ total: 54_321, totalExact: false });
  });
});
