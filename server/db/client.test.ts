import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../test/harness';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe('the app’s database connections', () => {
  it('run without JIT compilation, on every connection of the pool', async () => {
    // Several at once, so the pool opens several connections.
    const answers = await Promise.all(Array.from({ length: 4 }, () => t.db.transaction(async (tx) => {
      const { rows } = await tx.execute<{ jit: string }>(sql`show jit`);
      await tx.execute(sql`select pg_sleep(0.05)`);
      return rows[0]!.jit;
    })));
    expect(answers).toEqual(['off', 'off', 'off', 'off']);
  });
});
