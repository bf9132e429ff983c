import { sql } from 'drizzle-orm';
import { candidacies, type Candidacy } from '../../../../domain/enterprise/candidates';
import { addYears, yearOf } from '../../../../domain/enterprise/dates';
import { type ReminderKind, reminderKindLabels, remindersFor, sortReminders } from '../../../../domain/enterprise/reminders';
import type { Scope } from '../../../platform/authz/scope';
import type { AppContext } from '../../../platform/context';
import { forbidden } from '../../../platform/errors';
import { offsetOf } from '../../../platform/http/paging';
import { diagnosisOf, hasTechSmeForYear, hasValidTier, reminderSubjectOf } from '../common/assess';
import { loadFacts } from '../common/facts';
import { todayOf } from '../common/today';
import { presentEnterpriseRow } from '../master/presenter';
import { allEnterpriseRows } from '../master/repo';
import { canReadRegionViews } from '../policy';
import { enterpriseIdRef } from '../common/refs';

interface Paging { page: number; pageSize: number }
const pageOfList = <T>(all: T[], p: Paging) => ({ items: all.slice(offsetOf(p), offsetOf(p) + p.pageSize), total: all.length, page: p.page, pageSize: p.pageSize });

function assertReader(scope: Scope) {
  if (!canReadRegionViews(scope)) throw forbidden('只有科技局及上级、成员单位可以查看辖区提醒和培育名单');
}

/** Expiry and filing reminders of every enterprise in scope that holds (or recently held) a 高企 or 科小 tier. */
export async function listReminders(ctx: AppContext, scope: Scope, q: Paging & { months: number; kind?: ReminderKind; regionCode?: string }) {
  assertReader(scope);
  const asOf = todayOf(ctx);
  const relevant = sql`exists (select 1 from enterprise_tiers t where t.enterprise_id = ${enterpriseIdRef} and t.kind in ('hnte', 'tech_sme')
    and t.status = 'active' and (t.valid_until is null or t.valid_until >= ${addYears(asOf, -2)}))`;
  const rows = await allEnterpriseRows(ctx.database.db, scope, { regionCode: q.regionCode }, asOf, relevant);
  const facts = await loadFacts(ctx.database.db, rows.map((r) => r.id), false);
  const all = sortReminders(rows.flatMap((r) => remindersFor(reminderSubjectOf(r, facts.get(r.id)!), asOf, q.months)))
    .filter((r) => !q.kind || r.kind === q.kind)
    .map((r) => ({ ...r, kindLabel: reminderKindLabels[r.kind] }));
  return pageOfList(all, q);
}

const rank = (c: Candidacy) => (c.target === 'hnte' ? (c.verdict === 'eligible' ? 0 : 1) * 1000 - c.score.max : 2000 - c.score);

/** 发现一批: enterprises whose stored data puts them close to 高企 or 科小 without holding it. */
export async function listCandidates(ctx: AppContext, scope: Scope, q: Paging & { target?: 'hnte' | 'tech_sme'; regionCode?: string }) {
  assertReader(scope);
  const asOf = todayOf(ctx);
  const year = yearOf(asOf);
  const hasData = sql`exists (select 1 from enterprise_annual_data a where a.enterprise_id = ${enterpriseIdRef} and a.year >= ${year - 3})`;
  const rows = await allEnterpriseRows(ctx.database.db, scope, { regionCode: q.regionCode }, asOf, hasData);
  const facts = await loadFacts(ctx.database.db, rows.map((r) => r.id));
  const found = rows.flatMap((r) => {
    const f = facts.get(r.id)!;
    const d = diagnosisOf(r, f, asOf);
    if (!d.result) return [];
    const holds = { validHnte: hasValidTier(f.tiers, 'hnte', asOf), techSmeThisYear: hasTechSmeForYear(f.tiers, year) };
    return candidacies(d.result, holds).filter((c) => !q.target || c.target === q.target)
      .map((c) => ({ ...c, enterprise: presentEnterpriseRow(r), years: d.years }));
  });
  found.sort((a, b) => rank(a) - rank(b) || a.enterprise.name.localeCompare(b.enterprise.name, 'zh-CN'));
  return pageOfList(found, q);
}
