/**
 * `node --import tsx scripts/bench/explain.ts <database-url> [case-file-substring]`: EXPLAIN
 * (ANALYZE, BUFFERS) of the SQL each list case sends, on a database filled by seed:scale.
 */
import pg from 'pg';
import { loadCases } from './case';
import type { ListCase } from './list-case';

async function main(): Promise<void> {
  const [url, only] = process.argv.slice(2);
  if (!url) throw new Error('usage: explain.ts <database-url> [case name substring]');
  const pool = new pg.Pool({ connectionString: url, max: 2 });
  try {
    for (const c of await loadCases()) {
      if (!('queries' in c) || (only && !c.name.includes(only))) continue;
      console.log(`\n===== ${c.name}`);
      for (const q of await (c as unknown as ListCase).queries(pool)) {
        if (/^\s*explain/i.test(q.text)) {
          console.log(`--- (the route's own estimate) ${q.text.replace(/\s+/g, ' ').slice(0, 120)}…`);
          continue;
        }
        const { rows } = await pool.query<{ 'QUERY PLAN': string }>({ text: `explain (analyze, buffers) ${q.text}`, values: q.values });
        console.log(`--- ${q.text.replace(/\s+/g, ' ').slice(0, 160)}…\n${rows.map((r) => r['QUERY PLAN']).join('\n')}`);
      }
    }
  } finally {
    await pool.end();
  }
}

main().catch((err) => {
  console.error(err instanceof Error ? err.message : String(err));
  process.exitCode = 1;
});
