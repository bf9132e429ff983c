import crypto from 'node:crypto';
import type pg from 'pg';
import { recordDraw } from '../../domain/projects/draw';
import { weightedTotal } from '../../domain/projects/scoring';
import { prng } from '../../server/db/seed/demo-enterprise-data';
import { dayIso, dayOf, money, scaleId } from './ids';
import { type Col, insertGenerated, insertRows, type Progress, type Row } from './insert';
import { approvedStates, type CallFact, drawRule, type ExpertFact, type ProjectFact, scoreSheet } from './projects';
import type { ScalePlan } from './plan';

const reviewCols: Col[] = [
  { name: 'id', type: 'uuid' }, { name: 'draw_id', type: 'uuid' }, { name: 'project_id', type: 'uuid' }, { name: 'expert_id', type: 'uuid' }, { name: 'category', type: 'text' },
  { name: 'position', type: 'int' }, { name: 'status', type: 'text' }, { name: 'confirmed_at', type: 'timestamptz' }, { name: 'scores', type: 'jsonb' },
  { name: 'total', type: 'numeric' }, { name: 'comment', type: 'text' }, { name: 'submitted_at', type: 'timestamptz' }, { name: 'created_at', type: 'timestamptz' },
];
const drawCols: Col[] = [
  { name: 'id', type: 'uuid' }, { name: 'call_id', type: 'uuid' }, { name: 'region_code', type: 'text' }, { name: 'seed', type: 'text' }, { name: 'record', type: 'jsonb' },
  { name: 'created_at', type: 'timestamptz' },
];
const unreviewed = new Set(['draft', 'submitted', 'returned', 'filed']);

/** One replayable draw per call (the real algorithm) and a review per assignment; in_review ones still open. */
export async function seedReviews(db: pg.ClientBase, plan: ScalePlan, calls: CallFact[], experts: ExpertFact[][], projects: ProjectFact[], progress: Progress): Promise<void> {
  const byCall = new Map<number, ProjectFact[]>();
  for (const p of projects) if (!unreviewed.has(p.state)) (byCall.get(p.call) ?? byCall.set(p.call, []).get(p.call)!).push(p);
  let draws = 0;
  let reviews = 0;
  let drawRows: Row[] = [];
  let reviewRows: Row[] = [];
  const flush = async () => {
    await insertRows(db, 'review_draws', drawCols, drawRows);
    await insertRows(db, 'project_reviews', reviewCols, reviewRows);
    drawRows = [];
    reviewRows = [];
  };
  let done = 0;
  for (const [callIndex, rows] of byCall) {
    const call = calls[callIndex]!;
    const pool = experts[call.county]!.map((e) => ({ ...e, organisationId: null, enterpriseIds: [], status: 'active' as const, quota: 400, load: 0 }));
    const applications = rows.map((p) => ({ id: p.id, title: p.title, field: p.field, applicantOrganisationId: `enterprise:${p.enterpriseId}`, applicantName: '', enterpriseId: p.enterpriseId, partnerOrganisationIds: [] }));
    const seed = crypto.createHash('sha256').update(`scale-draw-${plan.seed}-${call.id}`).digest('hex').slice(0, 32);
    const record = recordDraw({ seed, rule: drawRule, pool, applications, conflicts: [] });
    const drawId = scaleId('draw', ++draws);
    const at = new Date(call.closesAt.getTime() + 10 * 86_400_000);
    drawRows.push([drawId, call.id, call.regionCode, seed, JSON.stringify(record), at]);
    const stateOf = new Map(rows.map((p) => [p.id, p.state]));
    record.result.assignments.forEach((a, n) => {
      const open = stateOf.get(a.applicationId) === 'in_review';
      const scores = Object.fromEntries(scoreSheet.items.map((it, j) => [it.code, String(60 + ((n * 37 + j * 11 + draws) % 38))]));
      reviewRows.push(open
        ? [scaleId('review', ++reviews), drawId, a.applicationId, a.expertId, a.category, a.position, 'assigned', null, null, null, null, null, at]
        : [scaleId('review', ++reviews), drawId, a.applicationId, a.expertId, a.category, a.position, 'submitted', at, JSON.stringify(scores), weightedTotal(scoreSheet, scores), '同意推荐',
          new Date(at.getTime() + 3 * 86_400_000), at]);
    });
    done += rows.length;
    if (reviewRows.length >= 5_000) {
      await flush();
      progress.step('project_reviews', done, projects.length);
    }
  }
  await flush();
  progress.step(`project_reviews (${reviews} rows, ${draws} draws)`, projects.length, projects.length, true);
}

const disbursementCols: Col[] = [
  { name: 'id', type: 'uuid' }, { name: 'project_id', type: 'uuid' }, { name: 'amount', type: 'numeric' }, { name: 'source', type: 'text' },
  { name: 'paid_on', type: 'date' }, { name: 'voucher_no', type: 'text' }, { name: 'note', type: 'text' },
];

/**
 * 1–3 tranches for every approved project, never past today, never more than the approved amount.
 * projects.disbursed_amount is set here, once per project, instead of by the row trigger of
 * migration 0008 (one project update per tranche), which is switched off for this transaction only.
 * The fund totals (migration 0013) are recomputed once at the end by the triggers' own function:
 * per batch, its plan, cached while the tranches' table was still nearly empty, scanned every
 * tranche for every project and made this step quadratic (340 s of a 511 s seed).
 */
export async function seedDisbursements(db: pg.ClientBase, plan: ScalePlan, projects: ProjectFact[], progress: Progress, today: string): Promise<void> {
  const r = prng(plan.seed * 1_000 + 6);
  const sources = ['county', 'city_match', 'province_match'] as const;
  let n = 0;
  const paidCents = new Map<string, number>();
  await db.query(`select set_config('kejiju.disbursed_amount_by_caller', 'on', true)`);
  await db.query('alter table project_disbursements disable trigger project_disbursements_fund_totals_insert');
  await insertGenerated(db, progress, 'project_disbursements', disbursementCols, projects.length, (i) => {
    const p = projects[i]!;
    if (!approvedStates.includes(p.state) || !p.approvedAt) return [];
    const tranches = p.state === 'approved' ? 1 : r.int(1, 3);
    const rows: Row[] = [];
    const start = dayOf(p.approvedAt.toISOString().slice(0, 10));
    const cents = Math.floor(p.approvedCents / (tranches + 1));
    for (let t = 0; t < tranches; t++) {
      const paid = dayIso(Math.min(start + (t + 1) * 40, dayOf(today) - 1));
      rows.push([scaleId('disbursement', ++n), p.id, money(cents), p.state === 'upper_approved' ? 'province_match' : sources[t]!, paid,
        `${p.projectNo}-${t + 1}`, '规模测试数据']);
    }
    paidCents.set(p.id, cents * tranches);
    return rows;
  });
  await db.query(`select set_config('kejiju.disbursed_amount_by_caller', 'off', true)`);
  await db.query('alter table project_disbursements enable trigger project_disbursements_fund_totals_insert');
  await db.query(`select project_fund_totals_refresh((select jsonb_agg(distinct jsonb_build_object('p', p.programme_id, 'y', p.year, 'c', left(p.region_code, 6)))
    from projects p where p.state <> 'draft' and exists (select 1 from project_disbursements d where d.project_id = p.id)))`);
  const ids = [...paidCents.keys()];
  await db.query(`update projects p set disbursed_amount = p.disbursed_amount + t.amount from unnest($1::uuid[], $2::numeric[]) as t(id, amount) where p.id = t.id`,
    [ids, ids.map((id) => money(paidCents.get(id)!))]);
}
