import { policiesFor } from '../../../../domain/diagnosis';
import { type Candidacy, candidaciesFor, candidateTargets } from '../../../../domain/enterprise/candidates';
import { mapStoredToDiagnosis } from '../../../../domain/enterprise/diagnosis-input';
import { compareChineseNames } from '../../../../domain/enterprise/names';
import { compareReminders, type Reminder, type ReminderKind, reminderKindLabels, remindersFor } from '../../../../domain/enterprise/reminders';
import type { Scope } from '../../../platform/authz/scope';
import type { AppContext } from '../../../platform/context';
import { forbidden } from '../../../platform/errors';
import { todayOf } from '../common/today';
import { presentEnterpriseRow } from '../master/presenter';
import { enterpriseRowsByIds } from '../master/repo';
import { canReadRegionViews } from '../policy';
import { type CandidateScan, type CandidateSubject, candidateSubjectsQuery } from './candidates-repo';
import { eachChunk, inSnapshot } from './chunks';
import { PageKeeper, type Paging } from './page-keeper';
import { type ReminderRow, reminderSubjectOf, reminderSubjectsQuery } from './reminders-repo';

/**
 * Enterprises fetched per round trip. Both lists are computed over a whole region (up to a
 * province) in chunks of this many, keeping only the requested page, so memory stays bounded
 * whatever the region. Tests pass a small one to cross chunk boundaries.
 */
export const defaultChunkSize = 2000;
export interface ScanOptions { chunkSize?: number }

function assertReader(scope: Scope) {
  if (!canReadRegionViews(scope)) throw forbidden('只有科技局及上级、成员单位可以查看辖区提醒和培育名单');
}

// Equal names (and kinds or ranks) used to keep the database order (name, id); code units and the
// id make the order total, which the page keeper needs.
const byCodeUnits = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

const reminderOrder = (a: Reminder, b: Reminder) =>
  compareReminders(a, b) || byCodeUnits(a.enterpriseName, b.enterpriseName) || byCodeUnits(a.enterpriseId, b.enterpriseId);

/** Expiry and filing reminders of every enterprise in scope that holds (or recently held) a 高企 or 科小 tier. */
export async function listReminders(ctx: AppContext, scope: Scope, q: Paging & { months: number; kind?: ReminderKind; regionCode?: string }, options: ScanOptions = {}) {
  assertReader(scope);
  const scan = { scope, regionCode: q.regionCode, asOf: todayOf(ctx), months: q.months, kind: q.kind };
  const keeper = new PageKeeper(q, reminderOrder);
  await inSnapshot(ctx.database.db, (tx) => eachChunk<ReminderRow>(tx, 'reminder_subjects', reminderSubjectsQuery(scan), options.chunkSize ?? defaultChunkSize, (chunk) => {
    keeper.add(chunk.flatMap((r) => remindersFor(reminderSubjectOf(r), scan.asOf, q.months)).filter((r) => !q.kind || r.kind === q.kind));
  }));
  const page = keeper.page();
  return { ...page, items: page.items.map((r) => ({ ...r, kindLabel: reminderKindLabels[r.kind] })) };
}

interface Found { candidacy: Candidacy; enterpriseId: string; name: string; years: number[] }

const rank = (c: Candidacy) => (c.target === 'hnte' ? (c.verdict === 'eligible' ? 0 : 1) * 1000 - c.score.max : 2000 - c.score);
const candidateOrder = (a: Found, b: Found) => rank(a.candidacy) - rank(b.candidacy) || compareChineseNames(a.name, b.name)
  || byCodeUnits(a.name, b.name) || byCodeUnits(a.enterpriseId, b.enterpriseId) || byCodeUnits(a.candidacy.target, b.candidacy.target);

/** The rule on one enterprise, for the targets the SQL left open. */
function candidaciesOfSubject(s: CandidateSubject, asOf: string): Found[] {
  const mapped = mapStoredToDiagnosis(s, s.years, s.validHnte, asOf);
  if (!mapped.ok) return [];
  const open = candidateTargets.filter((t) => (t === 'hnte' ? s.hnteOpen : s.smeOpen));
  return candidaciesFor(mapped.input, { validHnte: s.validHnte, techSmeThisYear: s.techSmeThisYear }, open)
    .map((candidacy) => ({ candidacy, enterpriseId: s.id, name: s.name, years: mapped.years }));
}

/** 发现一批: enterprises whose stored data puts them close to 高企 or 科小 without holding it. */
export async function listCandidates(ctx: AppContext, scope: Scope, q: Paging & { target?: 'hnte' | 'tech_sme'; regionCode?: string }, options: ScanOptions = {}) {
  assertReader(scope);
  const asOf = todayOf(ctx);
  const scan: CandidateScan = { scope, regionCode: q.regionCode, asOf, policies: policiesFor(asOf), targets: q.target ? [q.target] : candidateTargets };
  const keeper = new PageKeeper(q, candidateOrder);
  const { page, rows } = await inSnapshot(ctx.database.db, async (tx) => {
    await eachChunk<CandidateSubject>(tx, 'candidate_subjects', candidateSubjectsQuery(scan), options.chunkSize ?? defaultChunkSize, (chunk) => {
      keeper.add(chunk.flatMap((s) => candidaciesOfSubject(s, asOf)));
    });
    const page = keeper.page();
    return { page, rows: await enterpriseRowsByIds(tx, scope, page.items.map((f) => f.enterpriseId), asOf) };
  });
  const byId = new Map(rows.map((r) => [r.id, presentEnterpriseRow(r)]));
  return { ...page, items: page.items.map((f) => ({ ...f.candidacy, enterprise: byId.get(f.enterpriseId)!, years: f.years })) };
}
