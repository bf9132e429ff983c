import type { Candidacy } from '../../../../domain/enterprise/candidates';
import { compareChineseNames } from '../../../../domain/enterprise/names';
import { compareReminders, reminderKindLabels } from '../../../../domain/enterprise/reminders';
import type { DbOrTx } from '../../../db/client';
import type { Scope } from '../../../platform/authz/scope';
import type { AppContext } from '../../../platform/context';
import { forbidden } from '../../../platform/errors';
import { offsetOf } from '../../../platform/http/paging';
import { todayOf } from '../common/today';
import { presentEnterpriseRow } from '../master/presenter';
import { enterpriseRowsByIds } from '../master/repo';
import { canReadRegionViews } from '../policy';
import { type CandidateFilter, keptCandidateRanks, keptCandidatesRanked } from './candidate-reads';
import { candidacyList, type KeptCandidacy } from './candidacy-store';
import { unsafeEnsureKept } from './kept-current';
import { inSnapshot } from './chunks';
import { PageKeeper, type Paging } from './page-keeper';
import { pageSpan } from './page-span';
import { reminderList } from './reminder-store';
import { keptReminderDates, keptReminderKeys, keptReminderTexts, pageDates, type ReminderFilter, type ReminderKey } from './reminder-reads';

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

const reminderOrder = (a: ReminderKey, b: ReminderKey) =>
  compareReminders(a, b) || byCodeUnits(a.enterpriseName, b.enterpriseName) || byCodeUnits(a.enterpriseId, b.enterpriseId);

/**
 * Expiry and filing reminders of every enterprise in scope that holds (or recently held) a 高企 or
 * 科小 tier: the kept reminders (reminder-store.ts), brought up to date first. The list orders by due
 * date first, so only the reminders of the dates a page spans are read and sorted here by name.
 */
export async function listReminders(ctx: AppContext, scope: Scope, q: Paging & ReminderFilter, options: ScanOptions = {}) {
  assertReader(scope);
  const asOf = todayOf(ctx);
  await unsafeEnsureKept(ctx.database.db, reminderList, asOf, options.chunkSize ?? defaultChunkSize);
  const offset = offsetOf(q);
  const { total, keys, texts } = await inSnapshot(ctx.database.db, async (tx) => {
    const dates = await keptReminderDates(tx, scope, asOf, q);
    const total = dates.reduce((sum, d) => sum + d.n, 0);
    const span = pageDates(dates, offset, q.pageSize);
    if (!span) return { total, keys: [], texts: new Map<string, never>() };
    // A page of the first N keys of the dates spanned: keeps N, not all of a date's keys, in order.
    const first = new PageKeeper({ page: 1, pageSize: offset - span.before + q.pageSize }, reminderOrder);
    first.add(await keptReminderKeys(tx, scope, asOf, q, span));
    const keys = first.page().items.slice(offset - span.before);
    return { total, keys, texts: await keptReminderTexts(tx, scope, keys.map((k) => k.id)) };
  });
  const items = keys.map(({ id, ...r }) => ({ ...r, ...texts.get(id)!, kindLabel: reminderKindLabels[r.kind] }));
  return { items, total, page: q.page, pageSize: q.pageSize };
}

const rank = (c: Candidacy) => (c.target === 'hnte' ? (c.verdict === 'eligible' ? 0 : 1) * 1000 - c.score.max : 2000 - c.score);
const candidateOrder = (a: KeptCandidacy, b: KeptCandidacy) => rank(a.candidacy) - rank(b.candidacy) || compareChineseNames(a.name, b.name)
  || byCodeUnits(a.name, b.name) || byCodeUnits(a.enterpriseId, b.enterpriseId) || byCodeUnits(a.candidacy.target, b.candidacy.target);

/**
 * The reads of one 发现一批 page, in one snapshot: the kept candidacies per rank (the total), those of
 * the ranks the page spans sorted by name, and the page's enterprise rows.
 */
export async function candidatePageReads(tx: DbOrTx, scope: Scope, q: Paging & CandidateFilter, asOf: string) {
  const offset = offsetOf(q);
  const ranks = await keptCandidateRanks(tx, scope, q);
  const total = ranks.reduce((sum, r) => sum + r.n, 0);
  const span = pageSpan(ranks, offset, q.pageSize);
  if (!span) return { total, kept: [], rows: [] };
  // The list orders by rank first: only the ranks the page spans need their names compared.
  const first = new PageKeeper({ page: 1, pageSize: offset - span.before + q.pageSize }, candidateOrder);
  first.add(await keptCandidatesRanked(tx, scope, q, span));
  const kept = first.page().items.slice(offset - span.before);
  return { total, kept, rows: await enterpriseRowsByIds(tx, scope, kept.map((f) => f.enterpriseId), asOf) };
}

/**
 * 发现一批: enterprises whose stored data puts them close to 高企 or 科小 without holding it. The
 * rules run when data changes or the day does (candidacy-store.ts); a list is the kept rows of the
 * reader's region in rank order, and within a rank by name in the JS collator's Chinese order: the
 * ranks are counted in SQL and only the candidacies of the ranks a page spans are read and sorted here.
 */
export async function listCandidates(ctx: AppContext, scope: Scope, q: Paging & CandidateFilter, options: ScanOptions = {}) {
  assertReader(scope);
  const asOf = todayOf(ctx);
  await unsafeEnsureKept(ctx.database.db, candidacyList, asOf, options.chunkSize ?? defaultChunkSize);
  const { total, kept, rows } = await inSnapshot(ctx.database.db, (tx) => candidatePageReads(tx, scope, q, asOf));
  const byId = new Map(rows.map((r) => [r.id, presentEnterpriseRow(r)]));
  // An enterprise that left the reader's scope since its row was kept is not shown.
  const items = kept.filter((f) => byId.has(f.enterpriseId));
  return { items: items.map((f) => ({ ...f.candidacy, enterprise: byId.get(f.enterpriseId)!, years: f.years })), total, page: q.page, pageSize: q.pageSize };
}
