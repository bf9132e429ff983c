import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../test/harness';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

/** What the name-grams index must hold for a name: each 3-character window of its lower case, once. */
const expectedGrams = (name: string) => {
  const chars = [...name.toLowerCase()];
  return [...new Set(chars.slice(0, -2).map((_, i) => chars.slice(i, i + 3).join('')))].sort();
};

async function gramsOf(name: string): Promise<string[]> {
  const { rows } = await t.db.execute<{ grams: string[] }>(sql`select kejiju_grams(${name}) as grams`);
  return [...new Set(rows[0]!.grams)].sort();
}

describe('kejiju_grams (enterprise name search)', () => {
  it('gives every 3-character window of the lower-cased name, for repeated grams, Latin letters and short names', async () => {
    for (const name of ['霍邱县科技科技科技有限公司', 'ABC新材料abc有限公司', '安徽省AbCd', '三个字', '两字', 'x']) {
      expect(await gramsOf(name), name).toEqual(expectedGrams(name));
    }
    expect(await gramsOf('两字')).toEqual([]);
  });

  it('keeps its index usable, so a 3-character search is answered from the index', async () => {
    await t.db.transaction(async (tx) => {
      await tx.execute(sql`set local enable_seqscan = off`);
      const { rows } = await tx.execute<{ 'QUERY PLAN': string }>(sql`explain select id from enterprises where kejiju_grams(name) @> kejiju_grams('科技有')`);
      expect(rows.map((r) => r['QUERY PLAN']).join('\n')).toContain('enterprises_name_grams_idx');
    });
  });
});
