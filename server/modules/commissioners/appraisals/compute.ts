import { and, eq, sql } from 'drizzle-orm';
import type { AppraisalConfig } from '../../../../domain/commissioners/appraisal-config';
import { gradeAll } from '../../../../domain/commissioners/appraisal-grade';
import { scoreCommissioner } from '../../../../domain/commissioners/appraisal-score';
import { summariseLogs } from '../../../../domain/commissioners/log-summary';
import { commissioners } from '../../../db/schema/commissioners';
import { appraisalInputs, appraisalResults, serviceLogs } from '../../../db/schema/commissioner-work';
import type { Tx } from '../../../db/client';

/**
 * Who is appraised for a year: commissioners of the bureau selected by the end of that year and
 * not exited before it began (candidates are not appraised).
 */
export async function appraisedFor(tx: Tx, regionCode: string, year: number) {
  return tx.select({ id: commissioners.id, code: commissioners.code }).from(commissioners).where(and(
    eq(commissioners.regionCode, regionCode),
    sql`${commissioners.status} <> 'candidate'`,
    sql`(${commissioners.selectedOn} is null or ${commissioners.selectedOn} <= ${`${year}-12-31`})`,
    sql`(${commissioners.exitedOn} is null or ${commissioners.exitedOn} >= ${`${year}-01-01`})`,
  ));
}

/** Recomputes every result of a draft sheet from the year's logs and the staff inputs. */
export async function computeSheet(tx: Tx, sheet: { id: string; regionCode: string; year: number; config: AppraisalConfig }) {
  const people = await appraisedFor(tx, sheet.regionCode, sheet.year);
  const facts = await tx.select({
    commissionerId: serviceLogs.commissionerId, date: serviceLogs.serviceDate, villageCode: serviceLogs.villageCode, type: serviceLogs.type,
    beneficiaries: serviceLogs.beneficiaries, trained: serviceLogs.trained, varieties: serviceLogs.varieties, technologies: serviceLogs.technologies,
    problemsSolved: serviceLogs.problemsSolved,
  }).from(serviceLogs).where(and(eq(serviceLogs.regionCode, sheet.regionCode), sql`${serviceLogs.serviceDate} between ${`${sheet.year}-01-01`} and ${`${sheet.year}-12-31`}`));
  const ids = new Set(people.map((p) => p.id));
  const summaries = new Map(summariseLogs(facts.filter((f) => ids.has(f.commissionerId)), [...ids]).map((s) => [s.commissionerId, s]));
  const inputs = new Map((await tx.select().from(appraisalInputs).where(eq(appraisalInputs.sheetId, sheet.id))).map((i) => [i.commissionerId, i]));
  const scored = people.map((p) => {
    const input = inputs.get(p.id);
    const sheetScore = scoreCommissioner(sheet.config, summaries.get(p.id)!, input?.manual ?? {});
    return { p, sheetScore, scored: { commissionerId: p.id, sortKey: p.code, total: sheetScore.total, serviceDays: summaries.get(p.id)!.serviceDays, materialsSubmitted: input?.materialsSubmitted ?? false } };
  });
  const graded = new Map(gradeAll(sheet.config, scored.map((s) => s.scored)).map((g) => [g.commissionerId, g]));
  await tx.delete(appraisalResults).where(eq(appraisalResults.sheetId, sheet.id));
  const rows = scored.map(({ p, sheetScore }) => {
    const g = graded.get(p.id)!;
    return { sheetId: sheet.id, commissionerId: p.id, summary: summaries.get(p.id)!, items: sheetScore.items, total: sheetScore.total,
      baseGrade: g.baseGrade, grade: g.grade, rank: g.rank, position: g.position, reasons: g.reasons };
  });
  for (let i = 0; i < rows.length; i += 500) await tx.insert(appraisalResults).values(rows.slice(i, i + 500));
  return rows.length;
}
