import { asc, eq, like, type Placeholder, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../test/harness';
import { CompiledSelect, selectBuilder } from './compiled-select';
import { organisations, regions, userRoles, users } from './schema';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const granter = alias(users, 'granter');
/** A whole table (nested), a nested object, flat fields of an outer join, SQL with a decoder and with a value per call. */
const fieldsOf = (notRole: string | Placeholder, label: string | Placeholder) => ({
  user: users,
  organisation: { name: organisations.name, createdAt: organisations.createdAt },
  regionName: regions.name,
  granterName: granter.displayName,
  otherRoles: sql<number>`(select count(*) from ${userRoles} r where r.user_id = ${users.id} and r.role <> ${notRole})`.mapWith(Number),
  label: sql<string>`${label}::text || ${users.username}`,
});
const placeheld = fieldsOf(sql.placeholder('notRole'), sql.placeholder('label'));
const compiled = new CompiledSelect(placeheld, selectBuilder.select(placeheld).from(users)
  .innerJoin(organisations, eq(organisations.id, users.organisationId))
  .leftJoin(regions, eq(regions.code, sql`left(${organisations.regionCode}, 2) || 'x'`))
  .leftJoin(userRoles, eq(userRoles.userId, users.id))
  .leftJoin(granter, eq(granter.id, userRoles.grantedBy)), ['regions', 'granter']);

describe('a select compiled once', () => {
  it('gives the rows drizzle gives for the same select, decoded the same way', async () => {
    for (const [notRole, label, prefix] of [['staff', '甲：', 's%'], ['leader', '乙：', '%']] as const) {
      const fields = fieldsOf(notRole, label);
      const expected = await t.db.select(fields).from(users)
        .innerJoin(organisations, eq(organisations.id, users.organisationId))
        .leftJoin(regions, eq(regions.code, sql`left(${organisations.regionCode}, 2) || 'x'`))
        .leftJoin(userRoles, eq(userRoles.userId, users.id))
        .leftJoin(granter, eq(granter.id, userRoles.grantedBy))
        .where(like(users.username, prefix)).orderBy(asc(users.username), asc(userRoles.role));
      const got = await compiled.run(t.db, { notRole, label }, sql`where ${like(users.username, prefix)} order by ${users.username} asc, ${userRoles.role} asc`);
      expect(expected.length).toBeGreaterThan(1);
      expect(got).toEqual(expected);
      expect(got[0]!.user.createdAt).toBeInstanceOf(Date);
      expect(got.every((r) => r.regionName === null && r.label.startsWith(label))).toBe(true);
      expect(typeof got[0]!.otherRoles).toBe('number');
    }
  });

  it('runs inside a transaction on its connection', async () => {
    const got = await t.db.transaction(async (tx) => {
      await tx.execute(sql`update users set display_name = '事务内改名' where username = 'staff'`);
      const rows = await compiled.run(tx, { notRole: 'x', label: '' }, sql`where ${eq(users.username, 'staff')}`);
      tx.rollback();
      return rows;
    }).catch((err: unknown) => (err instanceof Error && err.message === 'Rollback' ? null : Promise.reject(err)));
    expect(got).toBeNull();
    const seen: string[] = [];
    await t.db.transaction(async (tx) => {
      await tx.execute(sql`update users set display_name = '事务内改名' where username = 'staff'`);
      seen.push(...(await compiled.run(tx, { notRole: 'x', label: '' }, sql`where ${eq(users.username, 'staff')}`)).map((r) => r.user.displayName));
      await tx.execute(sql`update users set display_name = 'staff' where username = 'staff'`);
    });
    expect(new Set(seen)).toEqual(new Set(['事务内改名']));
  });

  it('refuses a missing value and a nested object of an outer-joined table', async () => {
    await expect(compiled.run(t.db, { notRole: 'x' })).rejects.toThrow('no value for label');
    const nested = { user: users, granter };
    expect(() => new CompiledSelect(nested, selectBuilder.select(nested).from(users).leftJoin(granter, eq(granter.id, users.id)), ['granter']))
      .toThrow('granter is outer-joined and nested');
  });
});
