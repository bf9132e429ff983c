import { and, asc, count, eq, type SQL, sql } from 'drizzle-orm';
import { z } from 'zod';
import { chinaDate } from '../../../../domain/enterprise/dates';
import type { DbOrTx } from '../../../db/client';
import { enterpriseAnnualData, enterprises } from '../../../db/schema';
import type { Scope } from '../../../platform/authz/scope';
import type { AppContext } from '../../../platform/context';
import { type ExportQuery, pagedRows } from '../../../platform/excel';
import { type EnterpriseFilter, enterpriseWhere } from '../master/filters';
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

function listFilter(scope: Scope, f: ExportFilter): EnterpriseFilter {
  const { year: _year, ...rest } = f;
  return { ...rest, cadre: rest.cadre === 'me' ? scope.userId : rest.cadre };
}

/** Tier filters are evaluated on today's date in China, as in the list. */
const where = (scope: Scope, f: ExportFilter, ctx: AppContext) => enterpriseWhere(scope, listFilter(scope, f), chinaDate(ctx.now()));
type Cursor = { name: string; id: string; year: number };

/** One row per enterprise and year (an enterprise without figures: one row, figures empty), by name. */
export const enterpriseExport: ExportQuery<ExportFilter, EnterpriseSheetRow> = {
  filter: exportFilter,
  async count(db, scope, f, ctx) {
    const [row] = await db.select({ n: count() }).from(enterprises).leftJoin(enterpriseAnnualData, joinOn(f)).where(where(scope, f, ctx));
    return row?.n ?? 0;
  },
  rows(db: DbOrTx, scope, f, ctx: AppContext) {
    const year = sql<number>`coalesce(${enterpriseAnnualData.year}, 0)`;
    return pagedRows<Partial<EnterpriseSheetRow> & { id: string; name: string }, Cursor>(async (after, limit) => {
      const rows = await db.select().from(enterprises).leftJoin(enterpriseAnnualData, joinOn(f))
        .where(and(where(scope, f, ctx), after ? sql`(${enterprises.name}, ${enterprises.id}, ${year}) > (${after.name}, ${after.id}, ${after.year})` : undefined))
        .orderBy(asc(enterprises.name), asc(enterprises.id), asc(year)).limit(limit);
      return rows.map(({ enterprises: e, enterprise_annual_data: a }) => ({
        id: e.id, uscc: e.uscc, name: e.name, region: e.regionCode, industry: e.industryCode, foundedOn: e.foundedOn, address: e.address,
        legalRep: e.legalRep, contactName: e.contactName, phone: e.phoneEnc ? ctx.cipher.decrypt(e.phoneEnc) : null, hnteField: e.hnteFieldCode,
        year: a?.year ?? null, employees: a?.employees ?? null, techStaff: a?.techStaff ?? null, salesRevenue: a?.salesRevenue ?? null,
        totalIncome: a?.totalIncome ?? null, totalAssets: a?.totalAssets ?? null, netAssets: a?.netAssets ?? null, totalCost: a?.totalCost ?? null,
        rdExpense: a?.rdExpense ?? null, rdExpenseDomestic: a?.rdExpenseDomestic ?? null, highTechIncome: a?.highTechIncome ?? null,
        ipClass1: a?.ipClass1 ?? null, ipClass2: a?.ipClass2 ?? null, conversions: a?.conversions ?? null,
      }));
    }, (r) => ({ name: r.name, id: r.id, year: r.year ?? 0 }), 1000);
  },
};
