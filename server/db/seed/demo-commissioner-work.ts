import crypto from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import type { NeedStatus } from '../../../domain/commissioners/needs';
import { addDays } from '../../../domain/enterprise/dates';
import { computeSheet } from '../../modules/commissioners/appraisals/compute';
import { defaultAppraisalConfigs } from '../../../domain/commissioners/appraisal-default';
import type { AppContext } from '../../platform/context';
import type { Tx } from '../client';
import { organisations } from '../schema';
import { appraisalInputs, appraisalSheets, commissionerNeedEvents, commissionerNeeds, serviceLogs } from '../schema/commissioner-work';
import { logContent, logTypesWeighted, needTitles, personName } from './demo-commissioner-data';
import type { DemoRoster } from './demo-commissioners';
import { insertAll } from './demo-commissioners';
import type { Rng } from './demo-enterprise-data';

const daysIn = (year: number) => (new Date(Date.UTC(year + 1, 0, 1)).getTime() - new Date(Date.UTC(year, 0, 1)).getTime()) / 86_400_000;

/** Service days a person logs in a full year: most 12–30, some 5–11, a few below 5. */
function yearlyDays(r: Rng): number {
  const x = r.next();
  return x < 0.04 ? r.int(1, 4) : x < 0.13 ? r.int(5, 11) : r.int(14, 30);
}

function logsFor(r: Rng, roster: DemoRoster, p: DemoRoster['people'][number], year: number, until: string) {
  const village = roster.villageOf.get(p.id);
  const start = p.selectedOn! > `${year}-01-01` ? p.selectedOn! : `${year}-01-01`;
  const end = p.exitedOn && p.exitedOn < until ? p.exitedOn : until;
  if (start > end) return [];
  const span = Math.round((Date.parse(end) - Date.parse(start)) / 86_400_000) + 1;
  const perYear = p.userId ? 24 : yearlyDays(r); // the demo account is a diligent one
  const days = Math.max(1, Math.round(perYear * Math.min(1, span / daysIn(year))));
  const dates = new Set<string>();
  while (dates.size < Math.min(days, span)) dates.add(addDays(start, r.int(0, span - 1)));
  return [...dates].flatMap((date) => Array.from({ length: r.chance(0.08) ? 2 : 1 }, () => {
    const type = r.pick(logTypesWeighted);
    const trained = type === 'training' ? r.int(15, 80) : 0;
    return {
      id: crypto.randomUUID(), region_code: p.regionCode, commissioner_id: p.id, service_date: date, village_code: village?.code ?? null, type, is_demo: true,
      created_by: p.userId ?? null, place: village ? `${village.short}${r.pick(['田间', '村部', '示范基地', '养殖场', '大棚'])}` : '合作社生产基地',
      content: logContent(r, p.field, type), trained, beneficiaries: trained || r.int(2, 30),
      varieties: type === 'variety' ? 1 : 0, technologies: type === 'technology' ? 1 : 0, problems_solved: type === 'problem' ? r.int(1, 2) : 0,
    };
  }));
}

const flow: NeedStatus[] = ['raised', 'dispatched', 'in_progress', 'solved', 'closed'];

/** Logs over last year and this year, needs in every state, last year's appraisal published and this year's draft. */
export async function seedDemoCommissionerWork(tx: Tx, ctx: Pick<AppContext, 'cipher' | 'now'>, roster: DemoRoster, opts: { staffId: string | null; rng: Rng }) {
  const r = opts.rng;
  const { year: Y, today } = roster;
  const working = roster.people.filter((p) => p.status !== 'candidate' && p.selectedOn);
  const logs = working.flatMap((p) => [...logsFor(r, roster, p, Y - 1, `${Y - 1}-12-31`), ...logsFor(r, roster, p, Y, today)]);
  // Thousands of rows: one JSON parameter expanded by PostgreSQL is several times faster than VALUES lists.
  const cols = Object.keys(logs[0] ?? {}).map((c) => `"${c}"`).join(', ');
  for (let i = 0; i < logs.length; i += 5000) {
    await tx.execute(sql`insert into ${serviceLogs} (${sql.raw(cols)}) select ${sql.raw(cols)} from json_populate_recordset(null::commissioner_service_logs, ${JSON.stringify(logs.slice(i, i + 5000))}::json)`);
  }

  const [enterprise] = await tx.select({ id: organisations.id, name: organisations.name, regionCode: organisations.regionCode }).from(organisations).where(eq(organisations.name, '霍邱县演示智能装备有限公司'));
  const placed = working.filter((p) => p.status === 'active' && roster.villageOf.has(p.id));
  const mine = placed.find((p) => p.userId) ?? placed[0]!;
  const needs: Array<typeof commissionerNeeds.$inferInsert & { id: string }> = [];
  const events: Array<typeof commissionerNeedEvents.$inferInsert> = [];
  for (let i = 0; i < 40; i++) {
    const status = i < 2 ? (['dispatched', 'in_progress'] as const)[i]! : flow[[0, 0, 1, 1, 2, 2, 3, 3, 3, 4][i % 10]!]!;
    const owner = i < 2 ? mine : placed[(i * 37) % placed.length]!;
    const village = roster.villageOf.get(owner.id)!;
    const [title, field] = needTitles[i % needTitles.length]!;
    const byEnterprise = i % 13 === 5 && enterprise;
    const raisedAt = new Date(Date.parse(`${addDays(today, -(i * 6 + 3))}T09:00:00+08:00`));
    const at = (h: number) => new Date(raisedAt.getTime() + h * 3_600_000);
    const n = {
      id: crypto.randomUUID(), regionCode: byEnterprise ? enterprise.regionCode : village.code, title: `${title}（演示）`, field,
      description: `${byEnterprise ? enterprise.name : village.short}反映：${title}，希望科技特派员上门指导。（演示）`,
      requesterKind: byEnterprise ? 'enterprise' as const : 'village' as const, villageCode: byEnterprise ? null : village.code,
      organisationId: byEnterprise ? enterprise.id : null, requesterName: byEnterprise ? enterprise.name : village.short,
      contactName: `${personName(r)}`, contactPhoneEnc: ctx.cipher.encrypt(`138${String(r.int(0, 99_999_999)).padStart(8, '0')}`), status,
      commissionerId: status === 'raised' || (status === 'closed' && i % 2 === 0) ? null : owner.id, raisedBy: opts.staffId, isDemo: true,
      createdAt: raisedAt, updatedAt: at(72),
      dispatchedAt: status === 'raised' ? null : at(24), solvedAt: status === 'solved' ? at(24 * 5) : null, closedAt: status === 'closed' ? at(48) : null,
      resolution: status === 'solved' ? '已上门指导并给出书面技术方案，问题得到解决。（演示）' : status === 'closed' ? '需求方已自行解决，关闭。（演示）' : null,
      satisfaction: status === 'solved' && i % 4 !== 3 ? r.int(4, 5) : null,
    };
    needs.push(n);
    const steps: Array<[string, NeedStatus | null, NeedStatus, number]> = [['raise', null, 'raised', 0]];
    if (status !== 'raised' && n.commissionerId) steps.push(['dispatch', 'raised', 'dispatched', 24]);
    if (status === 'in_progress' || status === 'solved') steps.push(['start', 'dispatched', 'in_progress', 48]);
    if (status === 'solved') steps.push(['solve', 'in_progress', 'solved', 120]);
    if (n.satisfaction) steps.push(['feedback', 'solved', 'solved', 150]);
    if (status === 'closed') steps.push(['close', steps.at(-1)![2], 'closed', 48]);
    for (const [action, from, to, h] of steps) events.push({ needId: n.id, action, fromStatus: from, toStatus: to, commissionerId: n.commissionerId, userId: opts.staffId, at: at(h), note: action === 'solve' || action === 'close' ? n.resolution : null });
  }
  await insertAll(tx, commissionerNeeds, needs);
  await insertAll(tx, commissionerNeedEvents, events);

  for (const year of [Y - 1, Y]) {
    const config = { ...defaultAppraisalConfigs[0]!, effectiveYear: year };
    const [sheet] = await tx.insert(appraisalSheets).values({ regionCode: roster.people[0]!.regionCode, year, name: `${year}年度科技特派员考核`, config, isDemo: true }).returning();
    const entered = year === Y ? 0.85 : 1; // this year's staff scoring is still under way
    const inputs = working.map((p) => ({ sheetId: sheet!.id, commissionerId: p.id, materialsSubmitted: r.chance(0.94), updatedBy: opts.staffId,
      manual: r.next() < entered ? { agreement: String(r.int(7, 10)), results: String(r.int(6, 10)), satisfaction: String(r.int(8, 10)) } : {} }));
    await insertAll(tx, appraisalInputs, inputs);
    await computeSheet(tx, sheet!);
    const published = year === Y - 1;
    await tx.update(appraisalSheets).set({ computedAt: ctx.now(), ...(published ? { status: 'published', publishedAt: ctx.now(), publishedBy: opts.staffId } : {}) }).where(eq(appraisalSheets.id, sheet!.id));
  }
  return logs.length;
}
