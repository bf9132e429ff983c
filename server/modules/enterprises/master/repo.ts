import { and, eq, inArray, type Placeholder, type SQL, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { TierKind } from '../../../../domain/enterprise/codes';
import type { DbOrTx } from '../../../db/client';
import { CompiledSelect, orderByClause, selectBuilder, whereClause } from '../../../db/compiled-select';
import { enterprises, regions, users } from '../../../db/schema';
import type { Scope } from '../../../platform/authz/scope';
import { deepOffset, offsetOf } from '../../../platform/http/paging';
import { listTotal } from '../../../platform/http/total';
import { enterpriseScope } from '../policy';
import { type EnterpriseFilter, enterpriseOrder, enterpriseWhere } from './filters';
import { enterpriseIdRef } from '../common/refs';

const county = alias(regions, 'county');
const cadre = alias(users, 'cadre');

export function rowColumns(asOf: string | Placeholder) {
  return {
    id: enterprises.id,
    uscc: enterprises.uscc,
    name: enterprises.name,
    regionCode: enterprises.regionCode,
    regionName: regions.fullName,
    localName: regions.name,
    countyName: county.name,
    industryCode: enterprises.industryCode,
    hnteFieldCode: enterprises.hnteFieldCode,
    foundedOn: enterprises.foundedOn,
    funnelStage: enterprises.funnelStage,
    tags: enterprises.tags,
    cadreId: enterprises.cadreUserId,
    cadreName: cadre.displayName,
    organisationId: enterprises.organisationId,
    isDemo: enterprises.isDemo,
    version: enterprises.version,
    updatedAt: enterprises.updatedAt,
    tiers: sql<TierKind[]>`coalesce((select array_agg(distinct t.kind order by t.kind) from enterprise_tiers t
      where t.enterprise_id = ${enterpriseIdRef} and t.status = 'active' and t.valid_from <= ${asOf}
      and (t.valid_until is null or t.valid_until >= ${asOf})), '{}')`,
  };
}

const detailColumns = (asOf: string) => ({
  ...rowColumns(asOf),
  address: enterprises.address,
  legalRep: enterprises.legalRep,
  contactName: enterprises.contactName,
  phoneEnc: enterprises.phoneEnc,
});

export type EnterpriseRecord = Awaited<ReturnType<typeof findEnterprise>> & object;
export type EnterpriseListRecord = Awaited<ReturnType<typeof listEnterprises>>['items'][number];

const regionJoin = eq(regions.code, enterprises.regionCode);
const countyJoin = eq(county.code, sql`left(${enterprises.regionCode}, 6)`);
const cadreJoin = eq(cadre.id, enterprises.cadreUserId);

const listedColumns = rowColumns(sql.placeholder('asOf'));
/** The list row's select and joins, compiled once (compiled-select.ts); `rest` is the WHERE and what follows. */
const listedRows = new CompiledSelect(listedColumns, selectBuilder.select(listedColumns).from(enterprises)
  .innerJoin(regions, regionJoin).innerJoin(county, countyJoin).leftJoin(cadre, cadreJoin), ['cadre']);
const one = { one: sql`1` };
const matchingOne = new CompiledSelect(one, selectBuilder.select(one).from(enterprises));
const selectRows = (db: DbOrTx, asOf: string, where: SQL | undefined, rest: SQL = sql``) =>
  listedRows.run(db, { asOf }, sql`${whereClause(where)} ${rest}`);

export async function listEnterprises(db: DbOrTx, scope: Scope, f: EnterpriseFilter & { page: number; pageSize: number }, asOf: string) {
  const where = enterpriseWhere(scope, f, asOf);
  // A deep page's ids are cut first: rows skipped on the way are counted off the order's index,
  // not joined to their regions and cadre and given their tiers one by one.
  const order = enterpriseOrder(f);
  const page = offsetOf(f) < deepOffset
    ? selectRows(db, asOf, where, sql`${orderByClause(order)} limit ${f.pageSize} offset ${offsetOf(f)}`)
    : selectRows(db, asOf, inArray(enterprises.id, db.select({ id: enterprises.id }).from(enterprises).where(where)
      .orderBy(...order).limit(f.pageSize).offset(offsetOf(f))), orderByClause(order));
  const [items, total] = await Promise.all([
    page,
    listTotal(db, matchingOne.statement({}, whereClause(where))),
  ]);
  return { items, ...total };
}

/** Keyset batches ordered by (name, id), for exports of any size. */
export async function listEnterprisesAfter(db: DbOrTx, scope: Scope, f: EnterpriseFilter, asOf: string, after: { name: string; id: string } | null, limit: number) {
  const keyset = after ? sql`(${enterprises.name}, ${enterprises.id}) > (${after.name}, ${after.id})` : undefined;
  return selectRows(db, asOf, and(enterpriseWhere(scope, f, asOf), keyset), sql`${orderByClause([sql`${enterprises.name}`, sql`${enterprises.id}`])} limit ${limit}`);
}

export async function findEnterprise(db: DbOrTx, scope: Scope, id: string, asOf: string) {
  const [row] = await db.select(detailColumns(asOf)).from(enterprises).innerJoin(regions, regionJoin).innerJoin(county, countyJoin)
    .leftJoin(cadre, cadreJoin).where(and(eq(enterprises.id, id), enterpriseScope(scope)));
  return row ?? null;
}

/** The few columns a write needs, locked (by default) for the rest of the transaction. */
export async function lockEnterprise(tx: DbOrTx, scope: Scope, id: string, lock = true) {
  const query = tx.select({
    id: enterprises.id, name: enterprises.name, organisationId: enterprises.organisationId, regionCode: enterprises.regionCode,
    funnelStage: enterprises.funnelStage, version: enterprises.version,
  }).from(enterprises).where(and(eq(enterprises.id, id), enterpriseScope(scope)));
  const [row] = lock ? await query.for('update') : await query;
  return row ?? null;
}

/** The list rows of the given enterprises that the scope reaches, in no particular order; for one page of a computed list. */
export function enterpriseRowsByIds(db: DbOrTx, scope: Scope, ids: string[], asOf: string) {
  return selectRows(db, asOf, and(enterpriseScope(scope), sql`${enterprises.id} = any(${sql.param(ids)}::uuid[])`));
}
