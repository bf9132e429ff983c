import { asc, like } from 'drizzle-orm';
import { type CandidateTarget, candidacies, type Candidacy } from '../../../../domain/enterprise/candidates';
import { yearOf } from '../../../../domain/enterprise/dates';
import { type ReminderKind, remindersFor, sortReminders } from '../../../../domain/enterprise/reminders';
import type { Db } from '../../../db/client';
import { enterprises } from '../../../db/schema';
import type { Agent } from '../../../test/harness';
import { diagnosisOf, hasTechSmeForYear, hasValidTier, reminderSubjectOf } from '../common/assess';
import { loadFacts } from '../common/facts';

/**
 * The lists as the rules define them, without any SQL pre-filter: every enterprise of the region,
 * all its facts, the domain rule, one sort (the way both routes worked before they were chunked).
 * Fine for a test database; the routes must give exactly this.
 */
async function everyEnterprise(db: Db, region: string) {
  return db.select({ id: enterprises.id, name: enterprises.name, foundedOn: enterprises.foundedOn, industryCode: enterprises.industryCode, hnteFieldCode: enterprises.hnteFieldCode })
    .from(enterprises).where(like(enterprises.regionCode, `${region}%`)).orderBy(asc(enterprises.name), asc(enterprises.id));
}

export async function expectedReminders(db: Db, region: string, asOf: string, months: number, kind?: ReminderKind) {
  const rows = await everyEnterprise(db, region);
  const facts = await loadFacts(db, rows.map((r) => r.id), false);
  return sortReminders(rows.flatMap((r) => remindersFor(reminderSubjectOf(r, facts.get(r.id)!), asOf, months)))
    .filter((r) => !kind || r.kind === kind)
    .map(({ kind: k, enterpriseId, dueOn, severity, message }) => ({ kind: k, enterpriseId, dueOn, severity, message }));
}

const rank = (c: Candidacy) => (c.target === 'hnte' ? (c.verdict === 'eligible' ? 0 : 1) * 1000 - c.score.max : 2000 - c.score);

export async function expectedCandidates(db: Db, region: string, asOf: string, target?: CandidateTarget) {
  const rows = await everyEnterprise(db, region);
  const facts = await loadFacts(db, rows.map((r) => r.id));
  const found = rows.flatMap((r) => {
    const f = facts.get(r.id)!;
    const d = diagnosisOf(r, f, asOf);
    if (!d.result) return [];
    const holds = { validHnte: hasValidTier(f.tiers, 'hnte', asOf), techSmeThisYear: hasTechSmeForYear(f.tiers, yearOf(asOf)) };
    return candidacies(d.result, holds).filter((c) => !target || c.target === target).map((c) => ({ ...c, name: r.name, id: r.id, years: d.years }));
  });
  found.sort((a, b) => rank(a) - rank(b) || a.name.localeCompare(b.name, 'zh-CN'));
  return found.map(({ id, target: t, verdict, score, years }) => ({ id, target: t, verdict, score, years }));
}

interface ReminderItem { kind: string; enterpriseId: string; dueOn: string | null; severity: string; message: string; kindLabel: string }
interface CandidateItem { enterprise: { id: string; regionCode: string }; target: string; verdict: string; score: unknown; years: number[] }

/** Every page of a list route, 200 at a time. */
export async function allPages<T>(agent: Agent, url: string): Promise<{ items: T[]; total: number }> {
  const items: T[] = [];
  for (let page = 1; ; page++) {
    const res = await agent.get(`${url}${url.includes('?') ? '&' : '?'}pageSize=200&page=${page}`);
    if (res.statusCode !== 200) throw new Error(`${url}: ${res.statusCode} ${res.body}`);
    const body = res.json() as { items: T[]; total: number };
    items.push(...body.items);
    if (page * 200 >= body.total) return { items, total: body.total };
  }
}

export const reminderShape = ({ kind, enterpriseId, dueOn, severity, message }: ReminderItem) => ({ kind, enterpriseId, dueOn, severity, message });
export const candidateShape = ({ enterprise, target, verdict, score, years }: CandidateItem) => ({ id: enterprise.id, target, verdict, score, years });

export async function listedReminders(agent: Agent, query: string) {
  const { items, total } = await allPages<ReminderItem>(agent, `/api/v1/enterprises/reminders?${query}`);
  return { items: items.map(reminderShape), total };
}

export async function listedCandidates(agent: Agent, query = '') {
  const { items, total } = await allPages<CandidateItem>(agent, `/api/v1/enterprises/candidates?${query}`);
  return { items: items.map(candidateShape), total, regions: items.map((i) => i.enterprise.regionCode) };
}
