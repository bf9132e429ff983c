import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Agent, createTestApp, type TestApp } from '../../../test/harness';

/**
 * From the 1,000th row a list cuts the page's ids first (deepOffset); these pages must continue the
 * near ones in the same order, inside the reader's scope.
 */
let t: TestApp;
let staff: Agent;
const perCounty = 1_100;

beforeAll(async () => {
  t = await createTestApp();
  staff = await t.login('staff');
  // 300 names for 1,100 enterprises per county: the id breaks the ties. The same names in 舒城 (341523),
  // outside the staff account's county.
  for (const [region, tag] of [['341522', 'HQ'], ['341523', 'SC']]) {
    await t.pool.query(`insert into enterprises (uscc, name, region_code)
      select '91' || $1 || 'DP' || $2 || lpad(g::text, 6, '0'), '深页企业' || lpad((g % 300)::text, 3, '0'), $1
      from generate_series(1, $3) g`, [region, tag, perCounty]);
  }
});
afterAll(() => t.close());

const idsOf = async (page: number) => {
  const res = await staff.get(`/api/v1/enterprises?q=${encodeURIComponent('深页企业')}&pageSize=200&page=${page}`);
  expect(res.statusCode).toBe(200);
  return res.json().items.map((i: { id: string }) => i.id) as string[];
};
const expected = async (offset: number, limit: number) => (await t.pool.query<{ id: string }>(`select id from enterprises
  where name like '深页企业%' and region_code like '341522%' order by name, id offset $1 limit $2`, [offset, limit])).rows.map((r) => r.id);

describe('enterprise list pages past the 1,000th row', () => {
  it('continue the near pages in name order, the id breaking ties', async () => {
    // Page 5 is read at once (rows 801–1,000), page 6 ids first (1,001–1,100).
    expect([...await idsOf(5), ...await idsOf(6)]).toEqual(await expected(800, 400));
    expect(await expected(800, 400)).toHaveLength(300);
  });

  it('hold only the reader’s county', async () => {
    const deep = await idsOf(6);
    const { rows } = await t.pool.query<{ region_code: string }>('select distinct region_code from enterprises where id = any($1::uuid[])', [deep]);
    expect(rows).toEqual([{ region_code: '341522' }]);
  });
});
