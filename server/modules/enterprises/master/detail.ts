import { desc, eq } from 'drizzle-orm';
import { entryOutcomeLabels } from '../../../../domain/enterprise/batches';
import { remindersFor, reminderKindLabels, sortReminders } from '../../../../domain/enterprise/reminders';
import { maskMobile } from '../../../../domain/masking';
import { hnteFieldPath } from '../../../../domain/dict/hnte-fields';
import { industryDivision } from '../../../../domain/dict/industries';
import type { DbOrTx } from '../../../db/client';
import { enterpriseBatchEntries, enterpriseBatches } from '../../../db/schema';
import type { Scope } from '../../../platform/authz/scope';
import type { AppContext } from '../../../platform/context';
import { notFound } from '../../../platform/errors';
import { presentAnnual } from '../annual/repo';
import { diagnosisOf, hnteReportsOf, reminderSubjectOf } from '../common/assess';
import { loadFacts } from '../common/facts';
import { todayOf } from '../common/today';
import { funnelMovesOf, presentFunnelMove } from '../funnel/repo';
import { enterpriseAbilities } from '../policy';
import { presentTier } from '../tiers/repo';
import type { EnterpriseDetail } from './detail-schema';
import { presentEnterpriseRow } from './presenter';
import { findEnterprise } from './repo';

function batchEntriesOf(db: DbOrTx, enterpriseId: string) {
  return db.select({
    batchId: enterpriseBatches.id, batchName: enterpriseBatches.name, kind: enterpriseBatches.kind, year: enterpriseBatches.year,
    outcome: enterpriseBatchEntries.outcome, updatedAt: enterpriseBatchEntries.updatedAt,
  }).from(enterpriseBatchEntries).innerJoin(enterpriseBatches, eq(enterpriseBatches.id, enterpriseBatchEntries.batchId))
    .where(eq(enterpriseBatchEntries.enterpriseId, enterpriseId)).orderBy(desc(enterpriseBatches.year), desc(enterpriseBatchEntries.updatedAt));
}

/** The detail page in one response: master, tiers, annual data, diagnosis, reminders and history. */
export async function loadEnterpriseDetail(ctx: AppContext, scope: Scope, id: string, db: DbOrTx = ctx.database.db): Promise<EnterpriseDetail> {
  const asOf = todayOf(ctx);
  const row = await findEnterprise(db, scope, id, asOf);
  if (!row) throw notFound('企业');
  const [facts, moves, entries] = await Promise.all([loadFacts(db, [id]), funnelMovesOf(db, [id]), batchEntriesOf(db, id)]);
  const f = facts.get(id)!;
  const tiers = f.tiers.map((t) => presentTier(t, asOf));
  const reminders = sortReminders(remindersFor(reminderSubjectOf(row, f), asOf, 3)).map((r) => ({ ...r, kindLabel: reminderKindLabels[r.kind] }));
  return {
    ...presentEnterpriseRow(row),
    address: row.address,
    legalRep: row.legalRep,
    contactName: row.contactName,
    phoneMasked: row.phoneEnc ? maskMobile(ctx.cipher.decrypt(row.phoneEnc)) : null,
    organisationId: row.organisationId,
    industry: industryDivision(row.industryCode),
    hnteFieldPath: hnteFieldPath(row.hnteFieldCode),
    currentTiers: tiers.filter((t) => t.state === 'valid'),
    tierHistory: tiers,
    latestAnnual: f.annual[0] ? presentAnnual(f.annual[0]) : null,
    annualYears: f.annual.map((a) => a.year),
    hnteReports: hnteReportsOf(f, asOf),
    diagnosis: diagnosisOf(row, f, asOf),
    reminders,
    funnelHistory: moves.map(presentFunnelMove),
    batchEntries: entries.map((e) => ({ ...e, outcomeLabel: entryOutcomeLabels[e.outcome], updatedAt: e.updatedAt.toISOString() })),
    abilities: enterpriseAbilities(scope, row),
  };
}
