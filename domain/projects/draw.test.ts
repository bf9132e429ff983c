import { describe, expect, it } from 'vitest';
import type { ConflictFact, DrawApplication, PoolExpert } from './conflicts';
import { canonicalJson, drawReviewers, drawRuleProblems, recordDraw, replacementRule, replayDraw, type DrawInput } from './draw';
import { seededPrng, shuffled } from './prng';

const expert = (n: number, over: Partial<PoolExpert> = {}): PoolExpert => ({
  id: `e${String(n).padStart(2, '0')}`,
  name: `专家${n}`,
  category: 'technical',
  fields: ['manufacturing'],
  organisationId: `org-u${n % 4}`,
  organisationName: `大学${n % 4}`,
  enterpriseIds: [],
  status: 'active',
  quota: 10,
  load: 0,
  ...over,
});

const application = (n: number, over: Partial<DrawApplication> = {}): DrawApplication => ({
  id: `a${n}`,
  title: `项目${n}`,
  field: 'manufacturing',
  applicantOrganisationId: `org-ent${n}`,
  applicantName: `企业${n}`,
  enterpriseId: `ent${n}`,
  partnerOrganisationIds: [],
  ...over,
});

const pool: PoolExpert[] = [
  ...Array.from({ length: 12 }, (_, i) => expert(i + 1)),
  expert(13, { category: 'financial', fields: [], organisationId: 'org-cpa', organisationName: '会计师事务所' }),
  expert(14, { category: 'financial', fields: [], organisationId: 'org-cpa2', organisationName: '税务师事务所' }),
];
const rule = { perApplication: 5, minFinancial: 1, minTechnicalPercent: 60 };
const input = (over: Partial<DrawInput> = {}): DrawInput => ({
  seed: '9f1c2a7e',
  rule,
  pool,
  applications: [application(1), application(2), application(3)],
  conflicts: [],
  ...over,
});

describe('seeded generator', () => {
  it('is deterministic for a seed and differs between seeds', () => {
    const take = (seed: string) => Array.from({ length: 8 }, ((p) => () => p.below(1000))(seededPrng(seed)));
    expect(take('abc')).toEqual(take('abc'));
    expect(take('abc')).not.toEqual(take('abd'));
  });

  it('shuffles every element exactly once', () => {
    const out = shuffled([1, 2, 3, 4, 5, 6, 7], seededPrng('s'));
    expect([...out].sort()).toEqual([1, 2, 3, 4, 5, 6, 7]);
  });

  it('is roughly uniform (each of 4 values 20–30% over 4000 draws)', () => {
    const p = seededPrng('uniform');
    const counts = [0, 0, 0, 0];
    for (let i = 0; i < 4000; i++) counts[p.below(4)]!++;
    for (const c of counts) {
      expect(c).toBeGreaterThan(800);
      expect(c).toBeLessThan(1200);
    }
  });
});

describe('drawing reviewers', () => {
  it('gives each application the required number and mix (≥ 60% technical, ≥ 1 financial)', () => {
    const r = drawReviewers(input());
    expect(r.shortfalls).toEqual([]);
    for (const a of ['a1', 'a2', 'a3']) {
      const mine = r.assignments.filter((x) => x.applicationId === a);
      expect(mine).toHaveLength(5);
      expect(new Set(mine.map((x) => x.expertId)).size).toBe(5);
      expect(mine.filter((x) => x.category === 'financial').length).toBeGreaterThanOrEqual(1);
      expect(mine.filter((x) => x.category === 'technical').length).toBeGreaterThanOrEqual(3);
      expect(mine.map((x) => x.position)).toEqual([1, 2, 3, 4, 5]);
    }
  });

  it('does not depend on the order of the input lists', () => {
    const a = drawReviewers(input());
    const b = drawReviewers(input({ pool: [...pool].reverse(), applications: [application(3), application(1), application(2)] }));
    expect(canonicalJson(b)).toBe(canonicalJson(a));
  });

  it('changes with the seed', () => {
    expect(canonicalJson(drawReviewers(input({ seed: 'other' })).assignments)).not.toBe(canonicalJson(drawReviewers(input()).assignments));
  });
});

describe('回避: conflicted experts are never drawn', () => {
  const conflicted = (seed: string) => {
    const apps = [
      application(1, { applicantOrganisationId: 'org-u1' }), // same organisation as experts 1, 5, 9
      application(2, { partnerOrganisationIds: ['org-u2'] }), // partner of experts 2, 6, 10
      application(3, { enterpriseId: 'ent3' }),
    ];
    const facts: ConflictFact[] = [
      { expertId: 'e03', kind: 'collaborator', organisationId: 'org-ent3', note: '2024 年合作横向课题' },
      { expertId: 'e04', kind: 'relation', applicationId: 'a3', note: '项目负责人为其近亲属' },
      { expertId: 'e07', kind: 'declined', applicationId: 'a3', note: '时间冲突' },
    ];
    const withPost = pool.map((e) => (e.id === 'e08' ? { ...e, enterpriseIds: ['ent3'] } : e));
    return drawReviewers(input({ seed, applications: apps, conflicts: facts, pool: withPost }));
  };

  it.each(['s1', 's2', 's3', 's4', 's5', 's6', 's7', 's8'])('seed %s', (seed) => {
    const r = conflicted(seed);
    const drawnFor = (a: string) => r.assignments.filter((x) => x.applicationId === a).map((x) => x.expertId);
    for (const banned of ['e01', 'e05', 'e09']) expect(drawnFor('a1')).not.toContain(banned);
    for (const banned of ['e02', 'e06', 'e10']) expect(drawnFor('a2')).not.toContain(banned);
    for (const banned of ['e03', 'e04', 'e07', 'e08']) expect(drawnFor('a3')).not.toContain(banned);
  });

  it('keeps every exclusion with its reasons and notes', () => {
    const r = conflicted('s1');
    const why = (a: string, e: string) => r.exclusions.find((x) => x.applicationId === a && x.expertId === e)?.reasons;
    expect(why('a1', 'e05')).toEqual([{ reason: 'same_organisation', note: '大学1' }]);
    expect(why('a2', 'e06')).toEqual([{ reason: 'partner_organisation', note: '大学2' }]);
    expect(why('a3', 'e03')).toEqual([{ reason: 'recent_collaborator', note: '2024 年合作横向课题' }]);
    expect(why('a3', 'e04')).toEqual([{ reason: 'declared_relation', note: '项目负责人为其近亲属' }]);
    expect(why('a3', 'e07')).toEqual([{ reason: 'declined', note: '时间冲突' }]);
    expect(why('a3', 'e08')).toEqual([{ reason: 'same_enterprise', note: '企业3' }]);
    expect(why('a1', 'e02')).toBeUndefined();
  });

  it('excludes inactive experts, technical experts of another field, and experts over quota', () => {
    const p = [
      ...pool.filter((e) => !['e01', 'e02', 'e03'].includes(e.id)),
      expert(1, { status: 'paused' }),
      expert(2, { fields: ['agriculture'] }),
      expert(3, { quota: 5, load: 4 }),
    ];
    const r = drawReviewers(input({ pool: p, applications: [application(1), application(2)] }));
    const why = (a: string, e: string) => r.exclusions.find((x) => x.applicationId === a && x.expertId === e)?.reasons.map((x) => x.reason);
    expect(why('a1', 'e01')).toEqual(['inactive']);
    expect(why('a1', 'e02')).toEqual(['field_mismatch']);
    const firstGotE03 = r.assignments.some((x) => x.applicationId === 'a1' && x.expertId === 'e03');
    expect(why('a2', 'e03')).toEqual(firstGotE03 ? ['over_quota'] : undefined);
    expect(r.assignments.filter((x) => x.expertId === 'e03').length).toBeLessThanOrEqual(1);
  });

  it('reports a shortfall instead of breaking the mix', () => {
    const r = drawReviewers(input({ pool: pool.filter((e) => e.category === 'technical'), applications: [application(1)] }));
    expect(r.shortfalls).toEqual([{ applicationId: 'a1', message: '财务专家不足：需要 1 名，可抽取 0 名' }]);
    expect(r.assignments.filter((x) => x.category === 'financial')).toEqual([]);
  });
});

describe('replay', () => {
  it('reproduces a recorded draw exactly, also after a jsonb-style key reordering', () => {
    const record = recordDraw(input({ conflicts: [{ expertId: 'e03', kind: 'collaborator', organisationId: 'org-ent1', note: '合作' }] }));
    const reordered = JSON.parse(canonicalJson(record)) as typeof record;
    expect(replayDraw(reordered).matches).toBe(true);
    expect(replayDraw(reordered).result).toEqual(record.result);
  });

  it('detects an altered record', () => {
    const record = recordDraw(input());
    const tampered = structuredClone(record);
    tampered.result.assignments[0]!.expertId = 'e99';
    expect(replayDraw(tampered).matches).toBe(false);
    const otherSeed = { ...structuredClone(record), input: { ...record.input, seed: 'forged' } };
    expect(replayDraw(otherSeed).matches).toBe(false);
  });
});

describe('rules', () => {
  it('validates the composition', () => {
    expect(drawRuleProblems(rule)).toEqual([]);
    expect(drawRuleProblems({ perApplication: 3, minFinancial: 1, minTechnicalPercent: 100 })).toEqual(['财务专家与技术专家的最低人数之和超过每个项目的评审人数']);
    expect(drawRuleProblems({ perApplication: 0, minFinancial: 0, minTechnicalPercent: 0 })).toEqual(['每个项目的评审专家人数应为 1–15']);
  });

  it('replaces a declined expert by one of the same category', () => {
    expect(replacementRule('financial')).toEqual({ perApplication: 1, minFinancial: 1, minTechnicalPercent: 0 });
    expect(replacementRule('technical')).toEqual({ perApplication: 1, minFinancial: 0, minTechnicalPercent: 100 });
    const r = drawReviewers(input({ rule: replacementRule('financial'), applications: [application(1)] }));
    expect(r.assignments.map((x) => x.category)).toEqual(['financial']);
  });
});
