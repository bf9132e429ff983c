import { drizzle, type NodePgDatabase } from 'drizzle-orm/node-postgres';
import pg from 'pg';
import * as schema from './schema';

// Return NUMERIC and BIGINT as strings so money and counts never pass through binary floats.
pg.types.setTypeParser(pg.types.builtins.NUMERIC, (v) => v);
pg.types.setTypeParser(pg.types.builtins.INT8, (v) => v);

export type Db = NodePgDatabase<typeof schema>;
/** A transaction handle has the same query API as the database. */
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];
export type DbOrTx = Db | Tx;

export interface Database {
  db: Db;
  pool: pg.Pool;
  kind: 'embedded' | 'external';
  /**
   * `work` in one transaction on a connection of its own in node-postgres's pipeline mode, for bulk
   * writers that overlap their statements (StatementPipeline): a statement issued without awaiting
   * goes to PostgreSQL at once, where a pooled connection would hold it in the client's queue until
   * the previous answer came back (a queue node-postgres deprecates). One connection beyond the
   * pool's while it runs.
   */
  pipelinedTransaction<T>(work: (tx: Tx) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/**
 * Settings of every connection the app opens (and of the bench's floor, which must run the SQL
 * as the app does), applied before the pool hands the connection out. JIT off: compiling cost
 * more than the queries of an interactive app save; a province's deep list page spent 313 ms of
 * 2.2 s compiling. A SET, not a startup option, so a pooler in front of PostgreSQL that refuses
 * startup options still works.
 */
export async function applySessionSettings(client: pg.ClientBase): Promise<void> {
  await client.query('set jit = off');
}
export const sessionSettings: Pick<pg.PoolConfig, 'onConnect'> = { onConnect: applySessionSettings };

export function connect(url: string, kind: Database['kind'], max = 10): Database {
  const pool = new pg.Pool({ connectionString: url, max, idleTimeoutMillis: 30_000, ...sessionSettings });
  pool.on('error', () => {
    /* idle client errors surface on the next query; avoid crashing the process */
  });
  const db = drizzle(pool, { schema });
  const pipelinedTransaction = async <T>(work: (tx: Tx) => Promise<T>): Promise<T> => {
    const client = new pg.Client({ connectionString: url, pipeline: true });
    client.on('error', () => {
      /* a broken connection fails the transaction's pending statements, which report it */
    });
    await client.connect();
    try {
      await applySessionSettings(client);
      return await drizzle({ client, schema }).transaction(work);
    } finally {
      await client.end().catch(() => undefined);
    }
  };
  return { db, pool, kind, pipelinedTransaction, close: () => pool.end() };
}
