import { percent, ratio } from '../exact';
import { villageKind } from './villages';

export interface RegionVillage {
  code: string;
  name: string;
  townCode: string;
  townName: string;
}

/** One active 派驻 of a commissioner to a village (enterprise assignments are not coverage). */
export interface VillageAssignment {
  commissionerId: string;
  villageCode: string;
}

export interface Share {
  covered: number;
  total: number;
  /** covered ÷ total with 2 decimals, rounded down so 99.99% never shows as 100%; null when total = 0. */
  percent: string | null;
}

export interface TownCoverage extends Share {
  townCode: string;
  townName: string;
  uncovered: number;
  /** Villages served by two or more commissioners. */
  shared: number;
  commissioners: number;
}

export interface VillageCoverage {
  code: string;
  name: string;
  townCode: string;
  commissionerIds: string[];
}

export interface OneToOneCheck {
  /** Every village has at least one commissioner (the seeds' "1:1全覆盖"). */
  allCovered: boolean;
  /** Strict pairing: every village exactly one commissioner and every commissioner exactly one village. */
  strict: boolean;
  uncoveredVillages: string[];
  sharedVillages: Array<{ code: string; count: number }>;
  commissionersWithoutVillage: string[];
  commissionersWithSeveral: Array<{ id: string; count: number }>;
}

export interface CoverageReport {
  totals: Share & { uncovered: number; commissioners: number; excludedCommunities: number };
  towns: TownCoverage[];
  villages: VillageCoverage[];
  oneToOne: OneToOneCheck;
}

export const shareOf = (covered: number, total: number): Share => {
  const r = ratio(covered, total);
  return { covered, total, percent: r ? percent(r) : null };
};

/**
 * Coverage of the administrative villages by active commissioners. `regionRows` are the level-5
 * rows of the county (社区 are counted as excluded, not as uncovered); `activeCommissioners` are
 * the ids expected to serve a village, so those with none can be reported.
 */
export function computeCoverage(regionRows: readonly RegionVillage[], assignments: readonly VillageAssignment[], activeCommissioners: readonly string[]): CoverageReport {
  const villages = regionRows.filter((r) => villageKind(r.code, r.name) === 'village');
  const byVillage = new Map<string, Set<string>>(villages.map((v) => [v.code, new Set<string>()]));
  const byCommissioner = new Map<string, Set<string>>(activeCommissioners.map((id) => [id, new Set<string>()]));
  for (const a of assignments) {
    const set = byVillage.get(a.villageCode);
    if (!set) continue; // a community or a village outside the county: not coverage
    set.add(a.commissionerId);
    if (!byCommissioner.has(a.commissionerId)) byCommissioner.set(a.commissionerId, new Set());
    byCommissioner.get(a.commissionerId)!.add(a.villageCode);
  }
  const rows: VillageCoverage[] = villages.map((v) => ({ code: v.code, name: v.name, townCode: v.townCode, commissionerIds: [...byVillage.get(v.code)!].sort() }));
  const covered = rows.filter((v) => v.commissionerIds.length > 0).length;
  const townMap = new Map<string, { name: string; rows: VillageCoverage[] }>();
  for (const v of villages) {
    if (!townMap.has(v.townCode)) townMap.set(v.townCode, { name: v.townName, rows: [] });
  }
  for (const r of rows) townMap.get(r.townCode)!.rows.push(r);
  const towns = [...townMap.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([townCode, t]): TownCoverage => {
    const c = t.rows.filter((v) => v.commissionerIds.length > 0).length;
    return {
      townCode, townName: t.name, ...shareOf(c, t.rows.length), uncovered: t.rows.length - c,
      shared: t.rows.filter((v) => v.commissionerIds.length > 1).length,
      commissioners: new Set(t.rows.flatMap((v) => v.commissionerIds)).size,
    };
  });
  const commissionerRows = [...byCommissioner.entries()].sort(([a], [b]) => a.localeCompare(b));
  const oneToOne: OneToOneCheck = {
    allCovered: villages.length > 0 && covered === villages.length,
    strict: false,
    uncoveredVillages: rows.filter((v) => v.commissionerIds.length === 0).map((v) => v.code),
    sharedVillages: rows.filter((v) => v.commissionerIds.length > 1).map((v) => ({ code: v.code, count: v.commissionerIds.length })),
    commissionersWithoutVillage: commissionerRows.filter(([, s]) => s.size === 0).map(([id]) => id),
    commissionersWithSeveral: commissionerRows.filter(([, s]) => s.size > 1).map(([id, s]) => ({ id, count: s.size })),
  };
  oneToOne.strict = oneToOne.allCovered && oneToOne.sharedVillages.length === 0 &&
    oneToOne.commissionersWithoutVillage.length === 0 && oneToOne.commissionersWithSeveral.length === 0;
  return {
    totals: {
      ...shareOf(covered, villages.length), uncovered: villages.length - covered,
      commissioners: new Set(rows.flatMap((v) => v.commissionerIds)).size,
      excludedCommunities: regionRows.length - villages.length,
    },
    towns,
    villages: rows,
    oneToOne,
  };
}
