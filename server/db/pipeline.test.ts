import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Tx } from './client';
import { createTestApp, type TestApp } from '../test/harness';
import { StatementPipeline } from './pipeline';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const run = (tx: Tx, text: string) => (async () => tx.execute(sql.raw(text)))();
const pipelined = <T>(work: (tx: Tx) => Promise<T>) => t.ctx.database.pipelinedTransaction(work);

describe('statements sent without waiting', () => {
  // First in this file: node-postgres warns once per process, on the first query it queues.
  it('go to PostgreSQL as issued, not through the client queue node-postgres deprecates', async () => {
    const warnings: string[] = [];
    const onWarning = (w: Error) => warnings.push(w.message);
    process.on('warning', onWarning);
    try {
      const seen = await pipelined(async (tx) => {
        const writes = new StatementPipeline();
        writes.send(run(tx, 'select pg_sleep(0.05)'));
        writes.send(run(tx, 'select 1'));
        const last = run(tx, 'select 2 as n');
        writes.send(last);
        await writes.drain();
        return (await last).rows;
      });
      await new Promise((r) => setImmediate(r));
      expect(seen).toEqual([{ n: 2 }]);
      expect(warnings.filter((m) => m.includes('already executing'))).toEqual([]);
    } finally {
      process.off('warning', onWarning);
    }
  });

  it('run with the settings of every app connection (JIT off)', async () => {
    const jit = await pipelined(async (tx) => (await tx.execute<{ jit: string }>(sql`show jit`)).rows[0]?.jit);
    expect(jit).toBe('off');
  });

  it('runs them in the order sent, inside the transaction', async () => {
    await t.db.execute(sql`create table pipeline_test (n int primary key, seen int)`);
    await pipelined(async (tx) => {
      const writes = new StatementPipeline();
      writes.send(run(tx, 'insert into pipeline_test values (1, null)'));
      writes.send(run(tx, 'update pipeline_test set seen = (select count(*) from pipeline_test) where n = 1'));
      writes.send(run(tx, 'insert into pipeline_test values (2, (select seen from pipeline_test where n = 1))'));
      await writes.drain();
    });
    const rows = await t.db.execute<{ n: number; seen: number }>(sql`select n, seen from pipeline_test order by n`);
    expect(rows.rows).toEqual([{ n: 1, seen: 1 }, { n: 2, seen: 1 }]);
  });

  it('throws the first failure, not the aborted-transaction errors after it, and the transaction writes nothing', async () => {
    const attempt = pipelined(async (tx) => {
      const writes = new StatementPipeline();
      writes.send(run(tx, 'insert into pipeline_test values (3, 0)'));
      writes.send(run(tx, 'insert into pipeline_test values (1, 0)'));
      writes.send(run(tx, 'insert into pipeline_test values (4, 0)'));
      await writes.drain();
    });
    await expect(attempt).rejects.toMatchObject({ cause: expect.objectContaining({ code: '23505' }) });
    const rows = await t.db.execute<{ n: number }>(sql`select n from pipeline_test order by n`);
    expect(rows.rows.map((r) => r.n)).toEqual([1, 2]);
  });
});
