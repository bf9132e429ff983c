import { and, sql } from 'drizzle-orm';
import { shareOf } from '../../../../domain/commissioners/coverage';
import { regions } from '../../../db/schema';
import { commissionerAssignments, commissioners } from '../../../db/schema/commissioners';
import type { DbOrTx } from '../../../db/client';
import type { Scope } from '../../../platform/authz/scope';
import { commissionerRowScope } from '../access';
import { rosterScope } from '../roster/repo';

/**
 * `domain/commissioners/villages.ts` (villageKind) in SQL: a 行政村 is a level-5 region named
 * …村委会/…村民委员会 that is neither a virtual unit by name nor by its NBS code (400–599). The
 * tests compare each county's row here with that county's own report, which applies the TS rule.
 */
const isVillage = sql`(${regions.name} ~ '(村委会|村民委员会)$' and ${regions.name} !~ '(虚拟|生活区)'
  and not (length(${regions.code}) = 12 and substr(${regions.code}, 10, 3)::int between 400 and 599))`;

/** Village assignments in force on `day`, of commissioners the reader may see, inside `within`. */
function activeLinks(scope: Scope, within: string, day: string) {
  const a = commissionerAssignments;
  return and(commissionerRowScope(scope, { region: a.regionCode, commissioner: a.commissionerId }), sql`${a.villageCode} like ${`${within}%`}`,
    sql`${a.startsOn} <= ${day} and (${a.endsOn} is null or ${a.endsOn} >= ${day})`);
}

type CountyFigures = { county: string; name: string | null; villages: number; covered: number; shared: number; commissioners: number; communities: number };

/**
 * Coverage of a city or province, one row per county, aggregated in SQL: the answer grows with
 * the number of counties, not villages. Villages and commissioners of one county come from the
 * county report (`regionCode` = that county).
 */
export async function areaCoverage(db: DbOrTx, scope: Scope, within: string, day: string) {
  const a = commissionerAssignments;
  const inputs = sql`
    v as (select ${regions.code} as code, ${isVillage} as is_village from ${regions} where ${regions.level} = 5 and ${regions.code} like ${`${within}%`}),
    l as (select ${a.commissionerId} as commissioner_id, ${a.villageCode} as village_code from ${a} where ${activeLinks(scope, within, day)}),
    served as (select l.commissioner_id, count(distinct l.village_code)::int as villages from l join v on v.code = l.village_code and v.is_village group by 1)`;
  const [counties, people] = await Promise.all([
    db.execute<CountyFigures>(sql`
      with ${inputs},
      per_village as (select left(v.code, 6) as county, v.is_village, count(distinct l.commissioner_id)::int as n
        from v left join l on l.village_code = v.code group by v.code, v.is_village),
      per_county as (select county, (count(*) filter (where is_village))::int as villages, (count(*) filter (where is_village and n > 0))::int as covered,
        (count(*) filter (where is_village and n > 1))::int as shared, (count(*) filter (where not is_village))::int as communities
        from per_village group by county),
      serving as (select left(l.village_code, 6) as county, count(distinct l.commissioner_id)::int as n from l join v on v.code = l.village_code and v.is_village group by 1)
      select pc.*, r.name, coalesce(s.n, 0) as commissioners
      from per_county pc left join ${regions} r on r.code = pc.county left join serving s on s.county = pc.county order by pc.county`),
    db.execute<{ idle: number; busy: number; serving: number }>(sql`
      with ${inputs}
      select (select count(*)::int from ${commissioners} where ${rosterScope(scope)} and ${commissioners.status} = 'active'
          and ${commissioners.regionCode} like ${`${within}%`} and not exists (select 1 from served where served.commissioner_id = ${commissioners.id})) as idle,
        (select count(*)::int from served where villages > 1) as busy, (select count(*)::int from served) as serving`),
  ]);
  return { counties: counties.rows.map(countyRow), ...people.rows[0]! };
}

const countyRow = (f: CountyFigures) => ({
  regionCode: f.county, regionName: f.name ?? f.county, ...shareOf(f.covered, f.villages), uncovered: f.villages - f.covered,
  shared: f.shared, commissioners: f.commissioners, excludedCommunities: f.communities,
});
