import type { EntryOutcome } from '../../../domain/enterprise/batches';
import type { enterpriseBatches } from '../schema';
import type { DemoEnterprise } from './demo-enterprises';

interface Entry { enterpriseId: string; outcome: EntryOutcome; reason?: string; tierId?: string }
interface DemoBatch { batch: typeof enterpriseBatches.$inferInsert; entries: Entry[] }
type Tier = { id: string; enterpriseId: string; kind: string; issuedOn: string | null };

/**
 * Batches of the demo: last year's 高企 round (认定, its certificates sourced from it), this year's
 * first round in 专家评审, this year's 科小 evaluation in 公示, and a sibling-county round still
 * recommending.
 */
export function demoBatches(made: DemoEnterprise[], tiers: Tier[], counties: Array<{ code: string; staffId: string }>, Y: number): DemoBatch[] {
  const [home, sibling] = counties as [{ code: string; staffId: string }, { code: string; staffId: string }];
  const inCounty = (code: string) => made.filter((e) => e.county === code);
  const incubating = (code: string) => inCounty(code).filter((e) => e.stage === 'incubating');
  const batch = (c: { code: string; staffId: string }, kind: 'hnte' | 'tech_sme', year: number, name: string, status: DemoBatch['batch']['status']) =>
    ({ kind, year, name, status, regionCode: c.code, createdBy: c.staffId || null, isDemo: true, notes: '演示数据' });

  const recognisedLastYear = inCounty(home.code).filter((e) => e.hnteIssuedOn?.startsWith(String(Y - 1)));
  const pool = incubating(home.code);
  const lastRound: DemoBatch = {
    batch: batch(home, 'hnte', Y - 1, `${Y - 1}年高新技术企业认定（演示）`, 'recognised'),
    entries: [
      ...recognisedLastYear.map((e) => ({ enterpriseId: e.id, outcome: 'recognised' as const, tierId: tiers.find((t) => t.enterpriseId === e.id && t.kind === 'hnte')?.id })),
      ...pool.slice(0, 2).map((e) => ({ enterpriseId: e.id, outcome: 'rejected' as const, reason: '专家评审得分未达 71 分（演示）' })),
    ],
  };
  const thisRound: DemoBatch = {
    batch: batch(home, 'hnte', Y, `${Y}年第一批高新技术企业认定（演示）`, 'expert_review'),
    entries: pool.slice(2, 8).map((e, i) => ({ enterpriseId: e.id, outcome: i < 4 ? ('passed_review' as const) : ('recommended' as const) })),
  };
  const lapsed = inCounty(home.code).filter((e) => e.techSme.includes(Y - 1) && !e.techSme.includes(Y)).slice(0, 7);
  const techSme: DemoBatch = {
    batch: batch(home, 'tech_sme', Y, `${Y}年科技型中小企业评价（演示）`, 'publicity'),
    entries: lapsed.map((e, i) => ({ enterpriseId: e.id, outcome: i < 5 ? ('publicised' as const) : i === 5 ? ('passed_review' as const) : ('rejected' as const), ...(i === 6 ? { reason: '科技人员占比低于 10%（演示）' } : {}) })),
  };
  const siblingRound: DemoBatch = {
    batch: batch(sibling, 'hnte', Y, `${Y}年第一批高新技术企业认定（演示）`, 'recommending'),
    entries: incubating(sibling.code).slice(0, 3).map((e) => ({ enterpriseId: e.id, outcome: 'recommended' as const })),
  };
  return [lastRound, thisRound, techSme, siblingRound];
}
