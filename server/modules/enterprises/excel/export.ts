import { and, asc, count, eq, type SQL, sql } from 'drizzle-orm';
import { z } from 'zod';
import { chinaDate } from '../../../../domain/enterprise/dates';
import type { DbOrTx } from '../../../db/client';
import { columnsAs } from '../../../db/sql';
import { enterpriseAnnualData, enterprises } from '../../../db/schema';
import type { Scope } from '../../../platform/authz/scope';
import type { AppContext } from '../../../platform/context';
import type { ExportQuery } from '../../../platform/excel';
import { type EnterpriseFilter, enterpriseWhere } from '../master/filters';
import { enterpriseScope } from '../policy';
import { listQuery } from '../master/schemas';
import type { EnterpriseSheetRow } from './sheet';

/** The list route's filters (no paging or sorting), plus the year whose figures to include. */
export const exportFilter = listQuery.omit({ page: true, pageSize: true, sort: true, order: true }).extend({
  year: z.coerce.number().int().min(2000).max(2100).optional().meta({ title: '年度（只导出该年度数据；不填导出全部年度）' }),
});
export type ExportFilter = z.infer<typeof exportFilter>;

function joinOn(f: ExportFilter): SQL {
  return and(eq(enterpriseAnnualData.enterpriseId, enterprises.id), f.year ? eq(enterpriseAnnualData.year, f.year) : undefined)!;
}

const annualKeys = ['enterpriseId', 'year', 'employees', 'techStaff', 'salesRevenue', 'totalIncome', 'totalAssets', 'netAssets', 'totalCost',
  'rdExpense', 'rdExpenseDomestic', 'highTechIncome', 'ipClass1', 'ipClass2', 'conversions'] as const;
type Annual = Pick<typeof enterpriseAnnualData.$inferSelect, (typeof annualKeys)[number]>;

/** The years of a page of enterprises (only `year` when given), by enterprise, oldest first. */
async function yearsOf(db: DbOrTx, ids: string[], year: number | undefined): Promise<Map<string, Annual[]>> {
  const out = new Map<string, Annual[]>();
  if (!ids.length) return out;
  const a = enterpriseAnnualData;
  const { rows } = await db.execute<Annual>(sql`select ${columnsAs(a, annualKeys)} from ${a}
    where ${and(sql`${a.enterpriseId} = any(${sql.param(ids)}::uuid[])`, year ? eq(a.year, year) : undefined)} order by ${a.year}`);
  for (const r of rows) {
    const list = out.get(r.enterpriseId);
    if (list) list.push(r);
    else out.set(r.enterpriseId, [r]);
  }
  return out;
}

function listFilter(scope: Scope, f: ExportFilter): EnterpriseFilter {
  const { year: _year, ...rest } = f;
  return { ...rest, cadre: rest.cadre === 'me' ? scope.userId : rest.cadre };
}

/** Tier filters are evaluated on today's date in China, as in the list. */
const where = (scope: Scope, f: ExportFilter, ctx: AppContext) => enterpriseWhere(scope, listFilter(scope, f), chinaDate(ctx.now()));

/** Enterprises per page of the export (one SELECT of the enterprises, one of their years). */
const pageSize = 1000;

/**
 * The matching enterprises' ids by (name, id), from one evaluation of the filter. Keyset pages
 * evaluated it once per page instead: with a keyword, each page read every match through the
 * gram index and sorted them again (100,000 matches: a quarter of a second per page).
 */
async function matchingIds(db: DbOrTx, scope: Scope, f: ExportFilter, ctx: AppContext): Promise<string[]> {
  const rows = await db.select({ id: enterprises.id }).from(enterprises).where(where(scope, f, ctx)).orderBy(asc(enterprises.name), asc(enterprises.id));
  return rows.map((r) => r.id);
}

const enterpriseKeys = ['id', 'uscc', 'name', 'regionCode', 'industryCode', 'foundedOn', 'address', 'legalRep', 'contactName', 'phoneEnc', 'hnteFieldCode'] as const;
type Enterprise = Pick<typeof enterprises.$inferSelect, (typeof enterpriseKeys)[number]>;

/**
 * A page of enterprises in the given id order with their years: the two reads run side by side,
 * as raw rows (Drizzle's per-value mapping of 100,000 rows cost more than half a second).
 */
async function fetchPage(db: DbOrTx, scope: Scope, ids: string[], year: number | undefined): Promise<{ ids: string[]; byId: Map<string, Enterprise>; years: Map<string, Annual[]> }> {
  // Scope again: an enterprise moved out of it since the ids were read is not exported.
  const [found, years] = await Promise.all([
    db.execute<Enterprise>(sql`select ${columnsAs(enterprises, enterpriseKeys)} from ${enterprises}
      where ${and(enterpriseScope(scope), sql`${enterprises.id} = any(${sql.param(ids)}::uuid[])`)}`),
    yearsOf(db, ids, year),
  ]);
  return { ids, byId: new Map(found.rows.map((e) => [e.id, e])), years };
}

/** Pages fetched ahead of the writer: the database reads overlap the decrypting and writing. */
const pagesAhead = 2;

async function* exportRows(db: DbOrTx, scope: Scope, f: ExportFilter, ctx: AppContext): AsyncGenerator<Partial<EnterpriseSheetRow>> {
  const ids = await matchingIds(db, scope, f, ctx);
  const pageAt = (i: number) => {
    const page = fetchPage(db, scope, ids.slice(i, i + pageSize), f.year);
    // A rejected prefetch is rethrown when awaited; do not let it surface as unhandled if the consumer stops early.
    page.catch(() => undefined);
    return page;
  };
  const ahead: ReturnType<typeof pageAt>[] = [];
  let next = 0;
  const fill = () => {
    for (; ahead.length < pagesAhead && next < ids.length; next += pageSize) ahead.push(pageAt(next));
  };
  fill();
  while (ahead.length) {
    const page = await ahead.shift()!;
    fill();
    for (const id of page.ids) {
      const e = page.byId.get(id);
      if (!e) continue;
      for (const a of page.years.get(id) ?? [null]) {
        yield {
          uscc: e.uscc, name: e.name, region: e.regionCode, industry: e.industryCode, foundedOn: e.foundedOn, address: e.address,
          legalRep: e.legalRep, contactName: e.contactName, phone: e.phoneEnc ? ctx.cipher.decrypt(e.phoneEnc) : null, hnteField: e.hnteFieldCode,
          year: a?.year ?? null, employees: a?.employees ?? null, techStaff: a?.techStaff ?? null, salesRevenue: a?.salesRevenue ?? null,
          totalIncome: a?.totalIncome ?? null, totalAssets: a?.totalAssets ?? null, netAssets: a?.netAssets ?? null, totalCost: a?.totalCost ?? null,
          rdExpense: a?.rdExpense ?? null, rdExpenseDomestic: a?.rdExpenseDomestic ?? null, highTechIncome: a?.highTechIncome ?? null,
          ipClass1: a?.ipClass1 ?? null, ipClass2: a?.ipClass2 ?? null, conversions: a?.conversions ?? null,
        };
      }
    }
  }
}

/** One row per enterprise and year (an enterprise without figures: one row, figures empty), by name. */
export const enterpriseExport: ExportQuery<ExportFilter, EnterpriseSheetRow> = {
  filter: exportFilter,
  async count(db, scope, f, ctx) {
    const [row] = await db.select({ n: count() }).from(enterprises).leftJoin(enterpriseAnnualData, joinOn(f)).where(where(scope, f, ctx));
    return row?.n ?? 0;
  },
  matching(db, scope, f, ctx) {
    return db.select({ one: sql`1` }).from(enterprises).leftJoin(enterpriseAnnualData, joinOn(f)).where(where(scope, f, ctx));
  },
  /**
   * The ids of the matching enterprises in (name, id) order first, then the rows page by page: one
   * query for a page's enterprises and one for their years: the rows of the list's left join, in order.
   */
  rows(db: DbOrTx, scope, f, ctx: AppContext) {
    return exportRows(db, scope, f, ctx);
  },
};
