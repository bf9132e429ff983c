import { and, asc, desc, eq, exists, gte, ilike, inArray, isNull, not, or, sql, type SQL } from 'drizzle-orm';
import { alias, PgDialect } from 'drizzle-orm/pg-core';
import { afterEach, describe, expect, it } from 'vitest';
import { selectBuilder } from './compiled-select';
import { compileSql, setSqlCrossCheck, SqlCompileMismatch } from './fast-sql';
import { enterpriseAnnualData, enterprises, regions, users } from './schema';

const drizzleCompiles = (query: SQL) => new PgDialect().sqlToQuery(query);
const county = alias(regions, 'county');
const since = new Date('2026-01-02T03:04:05.678Z');

/** Statements of the kinds the list repositories build: every chunk kind drizzle writes. */
const statements: Record<string, SQL> = {
  'operators, nested and/or, a null check': and(eq(enterprises.regionCode, '341522'), or(ilike(enterprises.name, '%新材料%'), isNull(enterprises.cadreUserId)),
    not(eq(enterprises.funnelStage, 'team')))!,
  'an array bound as a list and as one array value': sql`${enterprises.id} in ${['a', 'b']} and ${enterprises.tags} && ${sql.param(['x', 'y'])}`,
  'inArray, a timestamp through its column encoder, a date string': and(inArray(enterprises.regionCode, ['341522', '341523']),
    gte(enterprises.updatedAt, since), gte(enterprises.foundedOn, '2020-01-01'))!,
  'an aliased table and its columns': sql`select ${county.name} from ${regions} ${county} where ${county.code} = left(${enterprises.regionCode}, 6)`,
  'a sub-select as a SQL wrapper, exists, order by': sql`where ${exists(selectBuilder.select({ one: sql`1` }).from(enterpriseAnnualData)
    .where(and(eq(enterpriseAnnualData.enterpriseId, enterprises.id), eq(enterpriseAnnualData.year, 2025))))} order by ${desc(enterprises.foundedOn)}, ${asc(enterprises.id)} limit ${20} offset ${40}`,
  'a subquery with an alias, names, identifiers': sql`select ${sql.identifier('n')} from ${selectBuilder.select({ id: users.id }).from(users).as('u')} where ${sql.raw('1 = 1')}`,
  'an aliased field in order by, placeholders as values and as params': sql`${sql<number>`count(*)`.as('n')} ${eq(users.username, sql.placeholder('name'))} ${sql.placeholder('limit')}`,
  'null, booleans, numbers and a JSON object as parameters': sql`${null}, ${true}, ${3.5}, ${{ a: ['甲', 1] }}, ${eq(enterprises.isDemo, false)}`,
};

describe('compileSql', () => {
  afterEach(() => setSqlCrossCheck(true));

  it.each(Object.entries(statements))('writes what drizzle writes: %s', (_name, statement) => {
    setSqlCrossCheck(false);
    const fast = compileSql(statement);
    expect(fast).toEqual({ sql: drizzleCompiles(statement).sql, params: drizzleCompiles(statement).params });
    expect(fast.sql.length).toBeGreaterThan(0);
  });

  it('leaves statements with inlined parameters to drizzle', () => {
    setSqlCrossCheck(false);
    const inlined = sql`${eq(users.username, '张三')}`.inlineParams();
    expect(compileSql(inlined)).toEqual({ sql: `"users"."username" = '张三'`, params: [] });
  });

  it('is compared with drizzle when the cross-check is on (outside production, so in every API test)', () => {
    let calls = 0;
    // An encoder that answers differently each time makes the two compilers disagree.
    const drifting = sql`select ${sql.param('x', { mapToDriverValue: () => ++calls })}`;
    expect(() => compileSql(drifting)).toThrow(SqlCompileMismatch);
    setSqlCrossCheck(false);
    expect(compileSql(drifting)).toEqual({ sql: 'select $1', params: [calls] });
  });
});
