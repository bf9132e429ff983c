import type pg from 'pg';
import type { ExpertCategory } from '../../domain/projects/catalog';
import type { ProjectState, ProjectTrack } from '../../domain/projects/states';
import { prng } from '../../server/db/seed/demo-enterprise-data';
import { fieldsWeighted, personName, titles } from '../../server/db/seed/demo-commissioner-data';
import type { EnterpriseFact } from './enterprises';
import { money, scaleId, scaleIdPrefix } from './ids';
import { type Col, insertGenerated, insertRows, type Progress, type Row } from './insert';
import { callYears, type ScalePlan } from './plan';
import type { World } from './world';

export const scoreSheet = {
  items: [
    { code: 'innovation', title: '创新性', weight: 30 }, { code: 'feasibility', title: '技术可行性', weight: 25 }, { code: 'team', title: '团队与基础', weight: 15 },
    { code: 'benefit', title: '经济社会效益', weight: 20 }, { code: 'budget', title: '经费合理性', weight: 10 },
  ],
  commentBelow: 60,
  spreadLimit: 20,
};
export const drawRule = { perApplication: 3, minFinancial: 1, minTechnicalPercent: 33 };

const programmes = [
  { track: 'county', level: 'county', name: '科技计划项目' },
  { track: 'recommend', level: 'province', name: '推荐省级科技计划项目' },
  { track: 'self_funded', level: 'county', name: '自筹科技项目备案' },
] as const;

export interface CallFact { id: string; county: number; programme: number; year: number; track: ProjectTrack; regionCode: string; closesAt: Date }
export interface ExpertFact { id: string; name: string; category: ExpertCategory; fields: string[]; organisationName: string }
export interface ProjectFact { id: string; call: number; state: ProjectState; enterpriseId: string; title: string; field: string; approvedCents: number; approvedAt: Date | null; projectNo: string | null }

/** 3 programmes per county with a call per programme and year (2022–2026), and 15 experts per county. */
export async function seedCallsAndExperts(db: pg.ClientBase, plan: ScalePlan, world: World) {
  const r = prng(plan.seed * 1_000 + 4);
  const progRows: Row[] = [];
  const callRows: Row[] = [];
  const calls: CallFact[] = [];
  const experts: ExpertFact[][] = [];
  const expertRows: Row[] = [];
  for (const c of world.counties) {
    programmes.forEach((p, pi) => {
      const programmeId = scaleId('programme', c.index * 3 + pi + 1);
      progRows.push([programmeId, c.code, `${c.name}${p.name}`, p.level, p.track, true]);
      for (const year of callYears) {
        const id = scaleId('call', calls.length + 1);
        const opens = new Date(Date.UTC(year, 2, 1));
        const closes = new Date(Date.UTC(year, 3, 30, 9));
        calls.push({ id, county: c.index, programme: pi, year, track: p.track, regionCode: c.code, closesAt: closes });
        callRows.push([id, programmeId, c.code, year, `${year}年${c.name}${p.name}申报指南`, opens, closes, money(r.int(200, 2_000) * 1_000_000), JSON.stringify(scoreSheet), JSON.stringify(drawRule), true]);
      }
    });
    const pool: ExpertFact[] = [];
    for (let e = 0; e < 15; e++) {
      const category: ExpertCategory = e % 5 === 0 ? 'financial' : e % 5 === 1 ? 'management' : 'technical';
      const fact = { id: scaleId('expert', c.index * 15 + e + 1), name: personName(r), category, fields: [r.pick(fieldsWeighted)], organisationName: `${c.name}专家工作站（规模测试）` };
      pool.push(fact);
      expertRows.push([fact.id, c.code, fact.name, category, `{${fact.fields[0]}}`, r.pick(titles), fact.organisationName, r.pick(world.phones), 400, true]);
    }
    experts.push(pool);
  }
  await insertRows(db, 'project_programmes', ['id', 'region_code', 'name', 'level', 'track', 'is_demo'].map((name, i) => ({ name, type: i === 0 ? 'uuid' : i === 5 ? 'bool' : 'text' }) as Col), progRows);
  await insertRows(db, 'project_calls', [
    { name: 'id', type: 'uuid' }, { name: 'programme_id', type: 'uuid' }, { name: 'region_code', type: 'text' }, { name: 'year', type: 'int' }, { name: 'title', type: 'text' },
    { name: 'opens_at', type: 'timestamptz' }, { name: 'closes_at', type: 'timestamptz' }, { name: 'budget', type: 'numeric' }, { name: 'score_sheet', type: 'jsonb' },
    { name: 'draw_rule', type: 'jsonb' }, { name: 'is_demo', type: 'bool' },
  ], callRows);
  await insertRows(db, 'experts', [
    { name: 'id', type: 'uuid' }, { name: 'region_code', type: 'text' }, { name: 'name', type: 'text' }, { name: 'category', type: 'text' }, { name: 'fields', type: 'text', cast: '::text[]' },
    { name: 'title', type: 'text' }, { name: 'organisation_name', type: 'text' }, { name: 'phone_enc', type: 'text' }, { name: 'quota', type: 'int' }, { name: 'is_demo', type: 'bool' },
  ], expertRows);
  return { calls, experts };
}

const recent: Record<ProjectTrack, ProjectState[]> = {
  county: ['draft', 'submitted', 'returned', 'in_review', 'reviewed', 'proposed', 'publicity', 'approved', 'rejected'],
  recommend: ['draft', 'submitted', 'in_review', 'reviewed', 'recommended'],
  self_funded: ['draft', 'submitted', 'filed', 'filed'],
};
const earlier: Record<ProjectTrack, ProjectState[]> = {
  county: ['in_progress', 'in_progress', 'acceptance_requested', 'accepted', 'accepted', 'accepted', 'acceptance_failed', 'terminated', 'rejected', 'archived'],
  recommend: ['upper_approved', 'upper_approved', 'upper_rejected', 'recommended', 'archived'],
  self_funded: ['filed', 'filed', 'archived'],
};
export const approvedStates: ProjectState[] = ['approved', 'in_progress', 'acceptance_requested', 'accepted', 'acceptance_failed', 'terminated', 'archived', 'upper_approved'];
const submittedStates = (s: ProjectState) => !['draft', 'returned'].includes(s);
const topics = ['关键技术研发与产业化', '智能化生产线改造', '新产品开发', '绿色制造工艺提升', '数字化车间建设', '高效种养技术集成示范', '检测平台建设'];

const projectCols: Col[] = [
  { name: 'id', type: 'uuid' }, { name: 'call_id', type: 'uuid' }, { name: 'programme_id', type: 'uuid' }, { name: 'year', type: 'int' }, { name: 'track', type: 'text' },
  { name: 'state', type: 'text' }, { name: 'region_code', type: 'text' }, { name: 'enterprise_id', type: 'uuid' }, { name: 'applicant_snapshot', type: 'jsonb' },
  { name: 'title', type: 'text' }, { name: 'field', type: 'text' }, { name: 'leader', type: 'jsonb' }, { name: 'start_on', type: 'date' }, { name: 'end_on', type: 'date' },
  { name: 'requested_fiscal', type: 'numeric' }, { name: 'requested_self', type: 'numeric' }, { name: 'approved_amount', type: 'numeric' }, { name: 'project_no', type: 'text' },
  { name: 'submitted_at', type: 'timestamptz' }, { name: 'approved_at', type: 'timestamptz' }, { name: 'is_demo', type: 'bool' },
  { name: 'created_at', type: 'timestamptz' }, { name: 'updated_at', type: 'timestamptz' },
];

/** Projects of enterprises in their own county, spread over the calls and every workflow state. */
export async function seedProjects(db: pg.ClientBase, plan: ScalePlan, ents: EnterpriseFact[], calls: CallFact[], progress: Progress): Promise<ProjectFact[]> {
  const r = prng(plan.seed * 1_000 + 5);
  const facts: ProjectFact[] = [];
  await insertGenerated(db, progress, 'projects', projectCols, plan.projects, (i) => {
    const e = r.pick(ents);
    // Calls are laid out county by county, programmes.length × callYears.length each.
    const callIndex = e.county * programmes.length * callYears.length + r.int(0, programmes.length * callYears.length - 1);
    const call = calls[callIndex]!;
    const state = r.pick(call.year >= 2026 ? recent[call.track] : r.chance(0.15) ? recent[call.track] : earlier[call.track]);
    const fiscal = r.int(5, 50) * 1_000_000;
    const approved = approvedStates.includes(state);
    const submittedAt = submittedStates(state) ? new Date(call.closesAt.getTime() - r.int(1, 40) * 86_400_000) : null;
    const approvedAt = approved ? new Date(call.closesAt.getTime() + r.int(60, 120) * 86_400_000) : null;
    const projectNo = approved ? `KJ${call.year}${call.regionCode}${String(i + 1).padStart(6, '0')}` : null;
    const title = `${e.name.replace(/(股份)?有限(责任)?公司$/, '')}${r.pick(topics)}`;
    const field = r.pick(fieldsWeighted);
    const id = scaleId('project', i + 1);
    const updated = new Date((approvedAt ?? submittedAt ?? call.closesAt).getTime() + r.int(0, 200) * 86_400_000);
    facts.push({ id, call: callIndex, state, enterpriseId: e.id, title, field, approvedCents: approved ? fiscal : 0, approvedAt, projectNo });
    const snapshot = submittedAt ? JSON.stringify({ name: e.name, uscc: e.uscc, regionCode: e.regionCode, address: null, legalRep: null, isHnte: false, isTechSme: false }) : null;
    return [[id, call.id, scaleId('programme', call.county * 3 + call.programme + 1), call.year, call.track, state, e.regionCode, e.id, snapshot, title, field,
      JSON.stringify({ name: personName(r), title: r.pick(titles) }), `${call.year}-07-01`, `${call.year + 2}-06-30`, money(fiscal), money(fiscal * r.int(1, 4)),
      approved ? money(fiscal) : null, projectNo, submittedAt, approvedAt, true, submittedAt ?? call.closesAt, updated]];
  });
  // A bureau approves within its call's budget (计划结余 ≥ 0): a call whose drawn budget its approvals
  // outgrew is given the approved sum plus a fifth, in whole 10万元.
  await db.query(`update project_calls c set budget = ceil(s.approved * 1.2 / 100000) * 100000
    from (select call_id, sum(approved_amount) as approved from projects
          where track = 'county' and approved_amount is not null and id::text like '${scaleIdPrefix}%' group by call_id) s
    where c.id = s.call_id and c.budget < s.approved`);
  return facts;
}
