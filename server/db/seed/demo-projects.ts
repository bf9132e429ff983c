import { asc, eq, inArray, like, sql } from 'drizzle-orm';
import type { AppContext } from '../../platform/context';
import { enterprises, organisations, users } from '../schema';
import { expertConflicts, experts } from '../schema/project-reviews';
import { projectCalls, projectProgrammes } from '../schema/projects';
import { demoRegion } from './demo-region';
import { demoExperts, demoProgrammes, demoUuid } from './demo-projects-data';
import { seedDemoProjectRows } from './demo-projects-rows';

const day = 86_400_000;
/** 08:00 China time on a calendar day. */
const chinaMorning = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d, 0, 0, 0));
const scoreSheet = {
  items: [
    { code: 'innovation', title: '创新性', weight: 30 }, { code: 'feasibility', title: '技术可行性', weight: 25 }, { code: 'team', title: '团队与基础', weight: 15 },
    { code: 'benefit', title: '经济社会效益', weight: 20 }, { code: 'budget', title: '经费合理性', weight: 10 },
  ],
  commentBelow: 60,
  spreadLimit: 20,
};
const drawRule = { perApplication: 3, minFinancial: 1, minTechnicalPercent: 33 };

/** Application window of a demo call: past years in spring; this year relative to today. */
function windowOf(key: string, ago: number, year: number, now: Date) {
  if (ago > 0) return { opensAt: chinaMorning(year, 3, 1), closesAt: new Date(chinaMorning(year, 4, 30).getTime() + 9 * 3_600_000) };
  const t = now.getTime();
  if (key === 'rd') return { opensAt: new Date(t - 10 * day), closesAt: new Date(t + 20 * day) };
  if (key === 'self') return { opensAt: chinaMorning(year, 1, 1), closesAt: new Date(chinaMorning(year, 12, 31).getTime() + 9 * 3_600_000) };
  return { opensAt: new Date(t - 75 * day), closesAt: new Date(t - 45 * day) };
}

/**
 * 科技项目 demo for 霍邱县: an expert pool (the demo `expert` account is 刘明远), four programmes,
 * calls over three years and projects at every stage with timelines, reviews from replayable
 * draws, disbursements and notices. Deterministic, invented, flagged is_demo; skipped when present.
 */
export async function seedDemoProjects(ctx: Pick<AppContext, 'database' | 'cipher' | 'now'>): Promise<void> {
  const { db } = ctx.database;
  const [{ n } = { n: 0 }] = await db.select({ n: sql<number>`count(*)::int` }).from(projectProgrammes).where(eq(projectProgrammes.isDemo, true));
  if (n > 0) return;
  const ents = await db.select({ id: enterprises.id, organisationId: enterprises.organisationId }).from(enterprises)
    .where(like(enterprises.regionCode, `${demoRegion.county}%`)).orderBy(asc(enterprises.uscc)).limit(40);
  if (!ents.length) return;
  const accounts = await db.select({ id: users.id, username: users.username, name: users.displayName }).from(users)
    .where(inArray(users.username, ['staff', 'leader', 'enterprise', 'expert']));
  const account = (u: string) => accounts.find((a) => a.username === u);
  const orgs = await db.select({ id: organisations.id, name: organisations.name }).from(organisations)
    .where(inArray(organisations.name, ['演示农业大学', '霍邱县农业技术推广中心（演示）', '霍邱县演示智能装备有限公司']));
  const orgId = (name: string) => orgs.find((o) => o.name === name)?.id ?? null;
  const now = ctx.now();
  const year = Number(new Date(now.getTime() + 8 * 3_600_000).toISOString().slice(0, 4));

  await db.transaction(async (tx) => {
    const pool = await tx.insert(experts).values(demoExperts.map((e, i) => ({
      id: demoUuid(`expert:${e.name}`),
      regionCode: i % 5 === 4 ? demoRegion.city : demoRegion.county,
      name: e.name, category: e.category, fields: e.fields, title: e.title, organisationName: e.org,
      organisationId: e.orgKey === 'university' ? orgId('演示农业大学') : e.orgKey === 'agri' ? orgId('霍邱县农业技术推广中心（演示）') : null,
      phoneEnc: ctx.cipher.encrypt(`139${String(55_000_000 + i * 1_234_567).slice(0, 8)}`),
      status: e.status ?? ('active' as const), quota: e.name === '刘明远' ? 50 : 20, userId: e.name === '刘明远' ? account('expert')?.id ?? null : null, isDemo: true,
    }))).returning();
    const demoOrg = orgId('霍邱县演示智能装备有限公司');
    const sun = pool.find((e) => e.name === '孙海涛');
    if (sun && demoOrg) {
      await tx.insert(expertConflicts).values({ expertId: sun.id, kind: 'collaborator', organisationId: demoOrg, note: '2024年与霍邱县演示智能装备有限公司合作开发农机传动部件' });
    }
    const programmes = await tx.insert(projectProgrammes).values(demoProgrammes.map((p) => ({
      regionCode: demoRegion.county, name: p.name, level: p.level, track: p.track, description: p.description, isDemo: true,
    }))).returning();
    const calls: Array<typeof projectCalls.$inferSelect & { key: string; ago: number }> = [];
    for (const p of demoProgrammes) {
      const programme = programmes.find((x) => x.name === p.name)!;
      for (const ago of [2, 1, 0]) {
        const y = year - ago;
        const [c] = await tx.insert(projectCalls).values({
          programmeId: programme.id, regionCode: demoRegion.county, year: y, title: `${y}年度${p.name.replace('县级科技计划·', '县级科技计划')}申报指南`,
          description: p.description, ...windowOf(p.key, ago, y, now), budget: p.track === 'county' ? (p.key === 'rd' ? '2000000' : '1000000') : '0',
          maxFiscalPerProject: p.track === 'county' ? '500000' : null, minSelfToFiscal: p.track === 'county' ? '1' : null, maxMonths: 24,
          requireTechSme: p.key === 'rd', requiredAttachments: [{ kind: 'licence', label: '营业执照' }, { kind: 'application_form', label: '申报书（盖章扫描件）' }],
          scoreSheet, drawRule, isDemo: true, createdBy: account('staff')?.id ?? null,
        }).returning();
        calls.push({ ...c!, key: p.key, ago });
      }
    }
    const demoEnterprise = ents.find((e) => e.organisationId && e.organisationId === demoOrg);
    await seedDemoProjectRows(tx, { calls, programmes: programmes.map((p, i) => ({ ...p, key: demoProgrammes[i]!.key })), enterprises: ents, demoEnterprise, pool, accounts, now, year });
  });
}

