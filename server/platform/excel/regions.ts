import { asc, sql } from 'drizzle-orm';
import { regions } from '../../db/schema';
import type { DictionaryContext, DictionaryEntry } from './sheet';

export interface RegionDictionaryOptions {
  /** Region levels accepted (1 province … 5 village); default all. */
  levels?: readonly number[];
}

/**
 * Regions inside the user's scope, labelled by their path below the scope's own region
 * ("城关镇" for a county user, "霍邱县城关镇" for a city user) so labels never collide. Codes, full
 * names and shorter path suffixes are accepted too. Towns and above go into dropdowns; villages
 * are accepted when typed.
 */
export const regionDictionary = regionsInScope();

export function regionsInScope(options: RegionDictionaryOptions = {}) {
  return async ({ db, scope }: DictionaryContext): Promise<DictionaryEntry[]> => {
    const all = await regionEntries(db, scope.regionCode);
    return options.levels ? all.filter((e) => options.levels!.includes(e.level)) : all;
  };
}

async function regionEntries(db: DictionaryContext['db'], root: string): Promise<(DictionaryEntry & { level: number })[]> {
  const rows = await db
    .select({ code: regions.code, name: regions.name, fullName: regions.fullName, level: regions.level })
    .from(regions)
    .where(sql`${regions.code} like ${`${root}%`}`)
    .orderBy(asc(regions.code));
  const names = new Map(rows.map((r) => [r.code, r.name]));
  return rows.map((r) => {
    const path = [2, 4, 6, 9, 12].filter((n) => n <= r.code.length).map((n) => r.code.slice(0, n));
    const below = path.filter((p) => p.length > root.length).map((p) => names.get(p) ?? '');
    const chain = path.map((p) => names.get(p) ?? '');
    const suffixes = chain.map((_, i) => chain.slice(i).join('')).filter(Boolean);
    return {
      label: below.length ? below.join('') : r.name,
      value: r.code,
      aliases: [r.code, r.fullName, ...suffixes],
      listed: r.level <= 4,
      level: r.level,
    };
  });
}
