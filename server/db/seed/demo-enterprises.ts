import crypto from 'node:crypto';
import { and, eq, inArray, sql } from 'drizzle-orm';
import type { FunnelStage } from '../../../domain/enterprise/codes';
import { addDays, addYears, chinaDate, isoOf, yearOf } from '../../../domain/enterprise/dates';
import { reportDueOn, reportYearsOf } from '../../../domain/enterprise/hnte-reports';
import { hnteValidUntil } from '../../../domain/enterprise/tiers';
import { composeUscc } from '../../../domain/uscc';
import type { AppContext } from '../../platform/context';
import {
  enterpriseAnnualData, enterpriseAnnualRevisions, enterpriseBatchEntries, enterpriseBatches, enterpriseFunnelMoves, enterprises,
  enterpriseTiers, hnteAnnualReports, organisations, regions, users,
} from '../schema';
import { demoBatches } from './demo-enterprise-batches';
import { demoTags, givenNames, legalRepNames, orgBody, pickIndustry, prng, type Rng, tradeName, yearsOfFigures } from './demo-enterprise-data';
import { demoRegion } from './demo-region';

type Tier = typeof enterpriseTiers.$inferInsert;
export interface DemoEnterprise { id: string; name: string; county: string; strength: number; stage: FunnelStage | null; hnteIssuedOn: string | null; techSme: number[] }

interface County { code: string; short: string; count: number; orgPrefix: string; staffId: string }

const stageReasons: Record<FunnelStage, string> = {
  team: '科技创业团队入驻孵化器（演示）', startup: '注册成立，纳入初创期科技型企业（演示）',
  incubating: '经诊断接近高企条件，纳入高企培育库（演示）', hnte: '获高新技术企业认定（演示）',
};

function stageOf(r: Rng, e: { strength: number; age: number; validHnte: boolean }): FunnelStage | null {
  if (e.validHnte) return 'hnte';
  if (e.strength >= 0.55 && e.age >= 2) return r.chance(0.8) ? 'incubating' : null;
  if (e.age <= 3 && e.strength >= 0.3) return e.age <= 2 && r.chance(0.5) ? 'team' : 'startup';
  return null;
}

/**
 * ~120 enterprises in the demo county and ~60 in its sibling, with 3 years of figures, tiers,
 * report filings, funnel history and batches. Deterministic except ids; dates follow the clock so
 * the demo always has certificates about to expire. Skips when demo enterprises already exist.
 */
export async function seedDemoEnterprises(ctx: Pick<AppContext, 'database' | 'cipher' | 'now'>): Promise<number> {
  const { db } = ctx.database;
  const [{ n } = { n: 0 }] = await db.select({ n: sql<number>`count(*)::int` }).from(enterprises).where(eq(enterprises.isDemo, true));
  if (n > 0) return 0;
  const today = chinaDate(ctx.now());
  const Y = yearOf(today);
  const r = prng(20260531);
  const staff = await db.select({ id: users.id, username: users.username }).from(users).where(inArray(users.username, ['staff', 'staff2']));
  const staffId = (u: string) => staff.find((s) => s.username === u)?.id ?? null;
  const [demoOrg] = await db.select({ id: organisations.id }).from(organisations).where(and(eq(organisations.name, '霍邱县演示智能装备有限公司'), eq(organisations.kind, 'enterprise')));
  const counties: County[] = [
    { code: demoRegion.county, short: '霍邱', count: 120, orgPrefix: 'MA2H', staffId: staffId('staff') ?? '' },
    { code: demoRegion.siblingCounty, short: '舒城', count: 60, orgPrefix: 'MA2T', staffId: staffId('staff2') ?? '' },
  ];
  const towns = await db.select({ code: regions.code, parent: regions.parentCode }).from(regions)
    .where(and(inArray(regions.parentCode, counties.map((c) => c.code)), sql`${regions.code} not like '%500'`));

  const rows: Array<typeof enterprises.$inferInsert> = [];
  const annual: Array<typeof enterpriseAnnualData.$inferInsert> = [];
  const revisions: Array<typeof enterpriseAnnualRevisions.$inferInsert> = [];
  const tiers: Tier[] = [];
  const reports: Array<typeof hnteAnnualReports.$inferInsert> = [];
  const moves: Array<typeof enterpriseFunnelMoves.$inferInsert> = [];
  const made: DemoEnterprise[] = [];
  const usedNames = new Set<string>();
  let missedTwice = false;

  for (const c of counties) {
    const countyTowns = towns.filter((t) => t.parent === c.code).map((t) => t.code);
    const zone = countyTowns.find((t) => t.endsWith('400')) ?? c.code;
    for (let i = 0; i < c.count; i++) {
      const first = c.code === demoRegion.county && i === 0;
      const industry = first ? pickIndustry(prng(1)) : pickIndustry(r);
      const strength = first ? 0.85 : Math.min(0.98, Math.max(0.05, industry.tech * r.between(0.45, 1.25)));
      const age = first ? 9 : r.int(1, 24);
      const foundedOn = isoOf(Y - age, r.int(1, 12), r.int(1, 28));
      const id = crypto.randomUUID();
      const name = first ? '霍邱县演示智能装备有限公司' : `${c.short}${tradeName(r, usedNames)}${industry.word}有限公司（演示）`;
      const phone = `138${c.code === demoRegion.county ? '1' : '2'}${String(5000 + i).padStart(7, '0')}`;
      rows.push({
        id, name, uscc: first ? composeUscc('91', c.code, 'MA2D0001') : composeUscc('91', c.code, orgBody(c.orgPrefix, i + 1)),
        regionCode: first ? `${c.code}100` : r.chance(0.4) ? zone : r.pick(countyTowns), industryCode: first ? '35' : industry.code, foundedOn,
        address: `${c.short}演示路 ${i + 1} 号`, legalRep: `${r.pick(legalRepNames)}${r.pick(givenNames)}`, contactName: `${r.pick(legalRepNames)}${r.pick(givenNames)}`,
        phoneEnc: ctx.cipher.encrypt(phone), hnteFieldCode: first ? '80402' : industry.fields.length && strength > 0.3 ? r.pick(industry.fields) : null,
        tags: demoTagsFor(r, strength), cadreUserId: i % 4 === 0 && c.staffId ? c.staffId : null, organisationId: first ? demoOrg?.id ?? null : null,
        isDemo: true,
      });
      const dataYears = Math.min(3, age);
      yearsOfFigures(r, strength, dataYears).forEach((f, k) => {
        const year = Y - dataYears + k;
        annual.push({ enterpriseId: id, year, ...f });
        revisions.push({ enterpriseId: id, year, revision: 1, figures: { ...f }, source: 'seed' });
      });
      // 高企: strong firms hold a certificate issued in the last three years; a few are about to expire, a few lapsed.
      let hnteIssuedOn: string | null = null;
      if (age >= 2 && strength >= 0.7 && (first || r.chance(0.8))) {
        const roll = r.next();
        hnteIssuedOn = roll < 0.12 ? addDays(addYears(today, -3), r.int(5, 85)) : roll < 0.2 ? addDays(addYears(today, -4), r.int(0, 200)) : addDays(today, -r.int(20, 3 * 365 - 100));
        if (first) hnteIssuedOn = addDays(addYears(today, -3), 40);
        const validUntil = hnteValidUntil(hnteIssuedOn);
        tiers.push({ enterpriseId: id, kind: 'hnte', number: `GR${yearOf(hnteIssuedOn)}34${String(1000 + rows.length).padStart(6, '0')}`, year: yearOf(hnteIssuedOn), issuedOn: hnteIssuedOn, validFrom: hnteIssuedOn, validUntil });
        // Most certificates have their reports filed; one enterprise has missed two (flagged).
        const pastDue = reportYearsOf(hnteIssuedOn).filter((y) => reportDueOn(y) < today);
        const neglect = !missedTwice && !first && pastDue.length >= 2 && validUntil >= today;
        if (neglect) missedTwice = true;
        for (const ry of pastDue) {
          if (!neglect && !r.chance(0.08)) reports.push({ enterpriseId: id, reportYear: ry, filedOn: addDays(reportDueOn(ry), -r.int(3, 70)) });
        }
      }
      // 科小: registered last year and/or this year; some not renewed.
      const techSme: number[] = [];
      if (strength >= 0.4 && age >= 1) {
        for (const year of [Y - 1, Y]) {
          if (r.chance(year === Y ? 0.6 : 0.75)) {
            techSme.push(year);
            tiers.push({ enterpriseId: id, kind: 'tech_sme', number: `${year}${c.code}${String(i + 1).padStart(4, '0')}`, year, validFrom: isoOf(year, 1, 1), validUntil: isoOf(year, 12, 31) });
          }
        }
      }
      extraTiers(r, id, strength, Y, today).forEach((t) => tiers.push(t));
      const validHnte = hnteIssuedOn !== null && hnteValidUntil(hnteIssuedOn) >= today;
      const stage = stageOf(r, { strength, age, validHnte });
      funnelPath(stage).forEach(([from, to], k, all) => moves.push({
        enterpriseId: id, fromStage: from, toStage: to, reason: stageReasons[to], movedBy: c.staffId || null,
        movedAt: new Date(`${addDays(today, -30 * (all.length - k) - r.int(1, 25))}T09:00:00+08:00`),
      }));
      made.push({ id, name, county: c.code, strength, stage, hnteIssuedOn, techSme });
    }
  }
  const stageOfId = new Map(made.map((e) => [e.id, e.stage]));
  await db.transaction(async (tx) => {
    await tx.insert(enterprises).values(rows.map((e) => ({ ...e, funnelStage: stageOfId.get(e.id!) ?? null })));
    for (let i = 0; i < annual.length; i += 500) await tx.insert(enterpriseAnnualData).values(annual.slice(i, i + 500));
    for (let i = 0; i < revisions.length; i += 500) await tx.insert(enterpriseAnnualRevisions).values(revisions.slice(i, i + 500));
    const insertedTiers = await tx.insert(enterpriseTiers).values(tiers).returning({ id: enterpriseTiers.id, enterpriseId: enterpriseTiers.enterpriseId, kind: enterpriseTiers.kind, issuedOn: enterpriseTiers.issuedOn });
    if (reports.length) await tx.insert(hnteAnnualReports).values(reports);
    if (moves.length) await tx.insert(enterpriseFunnelMoves).values(moves);
    const batches = demoBatches(made, insertedTiers, counties, Y);
    for (const b of batches) {
      const [row] = await tx.insert(enterpriseBatches).values(b.batch).returning({ id: enterpriseBatches.id });
      if (b.entries.length) await tx.insert(enterpriseBatchEntries).values(b.entries.map((e) => ({ ...e, batchId: row!.id })));
      const sourced = b.entries.filter((e) => e.tierId).map((e) => e.tierId!);
      if (sourced.length) await tx.update(enterpriseTiers).set({ sourceBatchId: row!.id }).where(inArray(enterpriseTiers.id, sourced));
    }
  });
  return rows.length;
}

function demoTagsFor(r: Rng, strength: number): string[] {
  const tags = demoTags.filter(() => r.chance(0.12 + strength * 0.1));
  return tags.slice(0, 3);
}

function extraTiers(r: Rng, enterpriseId: string, strength: number, Y: number, today: string): Tier[] {
  const out: Tier[] = [];
  if (r.chance(0.2 + strength * 0.3)) out.push({ enterpriseId, kind: 'above_scale', year: Y, validFrom: isoOf(Y, 1, 1), validUntil: isoOf(Y, 12, 31) });
  if (strength > 0.8 && r.chance(0.25)) {
    const from = addDays(today, -r.int(60, 600));
    out.push({ enterpriseId, kind: 'specialized', number: `皖专精特新（演示）${from.slice(0, 4)}-${r.int(100, 999)}`, issuedOn: from, validFrom: from, validUntil: addYears(from, 3) });
  }
  if (strength > 0.85 && r.chance(0.2)) out.push({ enterpriseId, kind: 'gazelle', year: Y - 1, validFrom: isoOf(Y - 1, 6, 1), validUntil: null });
  return out;
}

/** Moves that bring an enterprise from outside the funnel to its stage. */
function funnelPath(stage: FunnelStage | null): Array<[FunnelStage | null, FunnelStage]> {
  switch (stage) {
    case 'team': return [[null, 'team']];
    case 'startup': return [[null, 'startup']];
    case 'incubating': return [[null, 'startup'], ['startup', 'incubating']];
    case 'hnte': return [[null, 'incubating'], ['incubating', 'hnte']];
    default: return [];
  }
}
