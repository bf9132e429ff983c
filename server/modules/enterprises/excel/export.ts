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

type Annual = typeof enterpriseAnnualData.$inferSelect;

/** The years of a page of enterprises (only `year` when given), by enterprise, oldest first. */
async function yearsOf(db: DbOrTx, ids: string[], year: number | undefined): Promise<Map<string, Annual[]>> {
  const out = new Map<string, Annual[]>();
  if (!ids.length) return out;
  const rows = await db.select().from(enterpriseAnnualData)
    .where(and(sql`${enterpriseAnnualData.enterpriseId} = any(${sql.param(ids)}::uuid[])`, year ? eq(enterpriseAnnualData.year, year) : undefined))
    .orderBy(asc(enterpriseAnnualData.year));
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
type Cursor = { name: string; id: string };

/** One row per enterprise and year (an enterprise without figures: one row, figures empty), by name. */
export const enterpriseExport: ExportQuery<ExportFilter, EnterpriseSheetRow> = {
  filter: exportFilter,
  async count(db, scope, f, ctx) {
    const [row] = await db.select({ n: count() }).from(enterprises).leftJoin(enterpriseAnnualData, joinOn(f)).where(where(scope, f, ctx));
    return row?.n ?? 0;
  },
  /**
   * Keyset pages of enterprises by (name, id) — the enterprises_name_idx order, so no page sorts the
   * whole list — then one query for the page's years: the rows of the list's left join, in order.
   */
  rows(db: DbOrTx, scope, f, ctx: AppContext) {
    return pagedRows<Partial<EnterpriseSheetRow> & { id: string; name: string }, Cursor>(async (after, limit) => {
      const page = await db.select().from(enterprises)
        .where(and(where(scope, f, ctx), after ? sql`(${enterprises.name}, ${enterprises.id}) > (${after.name}, ${after.id})` : undefined))
        .orderBy(asc(enterprises.name), asc(enterprises.id)).limit(limit);
      const years = await yearsOf(db, page.map((e) => e.id), f.year);
      return page.flatMap((e) => (years.get(e.id) ?? [null]).map((a) => ({
        id: e.id, uscc: e.uscc, name: e.name, region: e.regionCode, industry: e.industryCode, foundedOn: e.foundedOn, address: e.address,
        legalRep: e.legalRep, contactName: e.contactName, phone: e.phoneEnc ? ctx.cipher.decrypt(e.phoneEnc) : null, hnteField: e.hnteFieldCode,
        year: a?.year ?? null, employees: a?.employees ?? null, techStaff: a?.techStaff ?? null, salesRevenue: a?.salesRevenue ?? null,
        totalIncome: a?.totalIncome ?? null, totalAssets: a?.totalAssets ?? null, netAssets: a?.netAssets ?? null, totalCost: a?.totalCost ?? null,
        rdExpense: a?.rdExpense ?? null, rdExpenseDomestic: a?.rdExpenseDomestic ?? null, highTechIncome: a?.highTechIncome ?? null,
        ipClass1: a?.ipClass1 ?? null, ipClass2: a?.ipClass2 ?? null, conversions: a?.conversions ?? null,
      })));
    }, (r) => ({ name: r.name, id: r.id }), 1000);
  },
};
