import { and, asc, eq, sql } from 'drizzle-orm';
import { computeCoverage } from '../../../../domain/commissioners/coverage';
import { shortVillageName } from '../../../../domain/commissioners/villages';
import { regions } from '../../../db/schema';
import { commissionerAssignments, commissioners } from '../../../db/schema/commissioners';
import type { Scope } from '../../../platform/authz/scope';
import type { AppContext } from '../../../platform/context';
import { forbidden } from '../../../platform/errors';
import { commissionerRowScope, isRegionReader } from '../access';
import { invalid, outer, today } from '../common';
import { rosterScope } from '../roster/repo';

/** Village coverage of a county (or any region prefix in scope) on a date. */
export async function coverageOf(ctx: AppContext, scope: Scope, input: { regionCode?: string; date?: string }) {
  if (!isRegionReader(scope)) throw forbidden('只有科技局人员可以查看覆盖情况');
  const db = ctx.database.db;
  const prefix = input.regionCode ?? scope.regionCode;
  if (!prefix.startsWith(scope.regionCode) && !scope.regionCode.startsWith(prefix)) throw invalid('regionCode', '地区', '超出您的管辖范围');
  const within = prefix.length >= scope.regionCode.length ? prefix : scope.regionCode;
  const day = input.date ?? today(ctx);
  const town = sql`left(${outer(regions.code)}, 9)`;
  const [place, villageRows, links, active] = await Promise.all([
    db.select({ name: regions.fullName }).from(regions).where(eq(regions.code, within)),
    db.select({ code: regions.code, name: regions.name, townCode: sql<string>`${town}`,
      townName: sql<string>`(select t.name from ${regions} t where t.code = ${town})` })
      .from(regions).where(and(eq(regions.level, 5), sql`${regions.code} like ${`${within}%`}`)).orderBy(asc(regions.code)),
    db.select({ commissionerId: commissionerAssignments.commissionerId, villageCode: sql<string>`${commissionerAssignments.villageCode}` })
      .from(commissionerAssignments)
      .where(and(commissionerRowScope(scope, { region: commissionerAssignments.regionCode, commissioner: commissionerAssignments.commissionerId }),
        sql`${commissionerAssignments.villageCode} like ${`${within}%`}`,
        sql`${commissionerAssignments.startsOn} <= ${day} and (${commissionerAssignments.endsOn} is null or ${commissionerAssignments.endsOn} >= ${day})`)),
    db.select({ id: commissioners.id, code: commissioners.code, name: commissioners.name }).from(commissioners)
      .where(and(rosterScope(scope), eq(commissioners.status, 'active'))),
  ]);
  const report = computeCoverage(villageRows, links, active.map((c) => c.id));
  const people = new Map(active.map((c) => [c.id, c]));
  const villages = new Map(villageRows.map((v) => [v.code, v]));
  const person = (id: string) => ({ id, code: people.get(id)?.code ?? '', name: people.get(id)?.name ?? '（已退出）' });
  const village = (code: string) => ({ code, name: shortVillageName(villages.get(code)!.name), townName: villages.get(code)!.townName });
  const byVillage = new Map(report.villages.map((v) => [v.code, v.commissionerIds]));
  return {
    date: day, regionCode: within, regionName: place[0]?.name ?? within,
    totals: report.totals,
    towns: report.towns,
    oneToOne: {
      allCovered: report.oneToOne.allCovered,
      strict: report.oneToOne.strict,
      uncoveredVillages: report.oneToOne.uncoveredVillages.map(village),
      sharedVillages: report.oneToOne.sharedVillages.map((s) => ({ ...village(s.code), commissioners: byVillage.get(s.code)!.map(person) })),
      commissionersWithoutVillage: report.oneToOne.commissionersWithoutVillage.map(person),
      commissionersWithSeveral: report.oneToOne.commissionersWithSeveral.map((s) => ({ ...person(s.id), count: s.count })),
    },
    villages: report.villages.map((v) => ({ code: v.code, name: shortVillageName(v.name), townCode: v.townCode, commissioners: v.commissionerIds.map((id) => person(id).name) })),
  };
}
