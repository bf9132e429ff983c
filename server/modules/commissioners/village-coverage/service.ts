import { and, asc, eq, inArray, or, sql } from 'drizzle-orm';
import { computeCoverage, shareOf } from '../../../../domain/commissioners/coverage';
import { shortVillageName } from '../../../../domain/commissioners/villages';
import { regions } from '../../../db/schema';
import { commissionerAssignments, commissioners } from '../../../db/schema/commissioners';
import type { Scope } from '../../../platform/authz/scope';
import type { AppContext } from '../../../platform/context';
import { forbidden } from '../../../platform/errors';
import { commissionerRowScope, isRegionReader } from '../access';
import { invalid, outer, today } from '../common';
import { rosterScope } from '../roster/repo';
import { areaCoverage } from './area';

/** Counties and below get the village-level report; a city or province gets one row per county. */
const countyCodeLength = 6;

/**
 * Village coverage on a date of the reader's region, or of a region inside it (`regionCode`): a
 * county or town answers with its villages and the 1:1 lists; a city or province with a row per
 * county and counts only, so no answer grows with a province's villages or commissioners.
 */
export async function coverageOf(ctx: AppContext, scope: Scope, input: { regionCode?: string; date?: string }) {
  if (!isRegionReader(scope)) throw forbidden('只有科技局人员可以查看覆盖情况');
  const prefix = input.regionCode ?? scope.regionCode;
  if (!prefix.startsWith(scope.regionCode) && !scope.regionCode.startsWith(prefix)) throw invalid('regionCode', '地区', '超出您的管辖范围');
  const within = prefix.length >= scope.regionCode.length ? prefix : scope.regionCode;
  const day = input.date ?? today(ctx);
  const [place] = await ctx.database.db.select({ name: regions.fullName }).from(regions).where(eq(regions.code, within));
  const head = { date: day, regionCode: within, regionName: place?.name ?? within };
  return within.length < countyCodeLength ? { ...head, ...(await areaReport(ctx, scope, within, day)) } : { ...head, ...(await countyReport(ctx, scope, within, day)) };
}

async function areaReport(ctx: AppContext, scope: Scope, within: string, day: string) {
  const { counties, idle, busy, serving } = await areaCoverage(ctx.database.db, scope, within, day);
  const sum = (key: 'covered' | 'total' | 'shared' | 'excludedCommunities') => counties.reduce((n, c) => n + c[key], 0);
  const [covered, total, shared] = [sum('covered'), sum('total'), sum('shared')];
  const allCovered = total > 0 && covered === total;
  return {
    level: 'area' as const,
    totals: { ...shareOf(covered, total), uncovered: total - covered, commissioners: serving, excludedCommunities: sum('excludedCommunities') },
    counties, towns: [], villages: [],
    oneToOne: {
      allCovered, strict: allCovered && shared === 0 && idle === 0 && busy === 0,
      counts: { uncoveredVillages: total - covered, sharedVillages: shared, commissionersWithoutVillage: idle, commissionersWithSeveral: busy },
      uncoveredVillages: [], sharedVillages: [], commissionersWithoutVillage: [], commissionersWithSeveral: [],
    },
  };
}

async function countyReport(ctx: AppContext, scope: Scope, within: string, day: string) {
  const db = ctx.database.db;
  const town = sql`left(${outer(regions.code)}, 9)`;
  // The commissioners expected to serve are the county's, also when a city or province looks into it.
  const countyOfReport = within.slice(0, countyCodeLength);
  const a = commissionerAssignments;
  const linked = and(commissionerRowScope(scope, { region: a.regionCode, commissioner: a.commissionerId }), sql`${a.villageCode} like ${`${within}%`}`,
    sql`${a.startsOn} <= ${day} and (${a.endsOn} is null or ${a.endsOn} >= ${day})`);
  const [villageRows, links, active] = await Promise.all([
    db.select({ code: regions.code, name: regions.name, townCode: sql<string>`${town}`,
      townName: sql<string>`(select t.name from ${regions} t where t.code = ${town})` })
      .from(regions).where(and(eq(regions.level, 5), sql`${regions.code} like ${`${within}%`}`)).orderBy(asc(regions.code)),
    db.select({ commissionerId: a.commissionerId, villageCode: sql<string>`${a.villageCode}` }).from(a).where(linked),
    // The county's own active commissioners are expected to serve a village in it; others (a city's
    // commissioner serving here) are named when they do, never listed as idle.
    db.select({ id: commissioners.id, code: commissioners.code, name: commissioners.name, regionCode: commissioners.regionCode }).from(commissioners)
      .where(and(rosterScope(scope), eq(commissioners.status, 'active'),
        or(sql`${commissioners.regionCode} like ${`${countyOfReport}%`}`, inArray(commissioners.id, db.select({ id: a.commissionerId }).from(a).where(linked))))),
  ]);
  const report = computeCoverage(villageRows, links, active.filter((c) => c.regionCode.startsWith(countyOfReport)).map((c) => c.id));
  const people = new Map(active.map((c) => [c.id, c]));
  const villages = new Map(villageRows.map((v) => [v.code, v]));
  const person = (id: string) => ({ id, code: people.get(id)?.code ?? '', name: people.get(id)?.name ?? '（已退出）' });
  const village = (code: string) => ({ code, name: shortVillageName(villages.get(code)!.name), townName: villages.get(code)!.townName });
  const byVillage = new Map(report.villages.map((v) => [v.code, v.commissionerIds]));
  const o = report.oneToOne;
  return {
    level: 'county' as const,
    totals: report.totals,
    counties: [],
    towns: report.towns,
    oneToOne: {
      allCovered: o.allCovered,
      strict: o.strict,
      counts: { uncoveredVillages: o.uncoveredVillages.length, sharedVillages: o.sharedVillages.length, commissionersWithoutVillage: o.commissionersWithoutVillage.length, commissionersWithSeveral: o.commissionersWithSeveral.length },
      uncoveredVillages: report.oneToOne.uncoveredVillages.map(village),
      sharedVillages: report.oneToOne.sharedVillages.map((s) => ({ ...village(s.code), commissioners: byVillage.get(s.code)!.map(person) })),
      commissionersWithoutVillage: report.oneToOne.commissionersWithoutVillage.map(person),
      commissionersWithSeveral: report.oneToOne.commissionersWithSeveral.map((s) => ({ ...person(s.id), count: s.count })),
    },
    villages: report.villages.map((v) => ({ code: v.code, name: shortVillageName(v.name), townCode: v.townCode, commissioners: v.commissionerIds.map((id) => person(id).name) })),
  };
}
