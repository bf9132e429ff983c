import { windowProblem, type ApplicationWindow } from './deadline';
import {
  actorRoleLabels, type ActorRole, eventLabels, type ProjectEvent, transitionRules, type TransitionRule,
} from './events';
import { type ProjectState, type ProjectTrack, stateLabels, trackLabels } from './states';

/** What the service knows about the project when someone asks to move it. */
export interface WorkflowFacts {
  now: Date;
  /** Today in China (YYYY-MM-DD). */
  today: string;
  /** Missing or invalid parts of the application (see completeness.ts); empty = complete. */
  completenessProblems?: readonly string[];
  window?: ApplicationWindow | null;
  reviewsAssigned?: number;
  reviewsSubmitted?: number;
  publicity?: { startsOn: string; endsOn: string } | null;
  openObjections?: number;
  hasAgreement?: boolean;
  /** New planned end date (结题延期). */
  newEndOn?: string | null;
  /** Funding won from the upper level (上级立项), in 元. */
  fundingWon?: string | null;
}

export interface TransitionRequest {
  state: ProjectState;
  track: ProjectTrack;
  event: ProjectEvent;
  roles: readonly ActorRole[];
  comment?: string | null;
  facts: WorkflowFacts;
}

/** Why a step was refused: the API answers 403 for 'role', 400 for 'comment', 409 otherwise. */
export type RefusalKind = 'state' | 'track' | 'role' | 'comment' | 'guard';

export type Refusal = { ok: false; kind: RefusalKind; reason: string };
export type Decision = { ok: true; next: ProjectState; rule: TransitionRule } | Refusal;

type Guard = (f: WorkflowFacts, from: ProjectState) => string | null;

const guards: Partial<Record<ProjectEvent, Guard>> = {
  submit(f, from) {
    if (from === 'draft') {
      const late = windowProblem(f.window, f.now);
      if (late) return late;
    }
    const problems = f.completenessProblems ?? [];
    return problems.length ? `申报书不完整：${problems.join('；')}` : null;
  },
  complete_review(f) {
    const assigned = f.reviewsAssigned ?? 0;
    const done = f.reviewsSubmitted ?? 0;
    if (assigned === 0) return '尚未抽取评审专家';
    return done < assigned ? `还有 ${assigned - done} 份专家评审意见未提交` : null;
  },
  publish(f) {
    const p = f.publicity;
    if (!p?.startsOn || !p.endsOn) return '请填写公示起止日期';
    return p.endsOn < p.startsOn ? '公示结束日期不能早于开始日期' : null;
  },
  approve(f) {
    const p = f.publicity;
    if (!p) return '该项目尚未公示';
    if (f.today <= p.endsOn) return `公示期至 ${p.endsOn} 结束，公示期满后才能立项`;
    const open = f.openObjections ?? 0;
    return open > 0 ? `公示期内有 ${open} 条异议尚未处理` : null;
  },
  start: (f) => (f.hasAgreement ? null : '请先上传签订的项目任务书'),
  accept_extend: (f) => (f.newEndOn ? null : '请填写延期后的结题日期'),
  upper_approve: (f) => (f.fundingWon != null && /^\d+(\.\d{1,2})?$/.test(f.fundingWon) ? null : '请填写上级立项支持经费（元）'),
};

/** Guards on what the user enters in the step's own dialog, not on the project: never pre-blocked. */
const payloadGuards: readonly ProjectEvent[] = ['publish', 'accept_extend', 'upper_approve'];

function rolesText(roles: readonly ActorRole[]): string {
  return roles.map((r) => actorRoleLabels[r]).join('或');
}

/** Checks state, track and role only: whether the action belongs on this user's screen at all. */
function structural(req: Omit<TransitionRequest, 'facts' | 'comment'>): { ok: true; rule: TransitionRule } | Refusal {
  const label = eventLabels[req.event];
  const fromState = transitionRules.filter((r) => r.event === req.event && r.from.includes(req.state));
  if (!fromState.length) return { ok: false, kind: 'state', reason: `当前状态「${stateLabels[req.state]}」不能执行「${label}」` };
  const onTrack = fromState.filter((r) => r.tracks.includes(req.track));
  if (!onTrack.length) return { ok: false, kind: 'track', reason: `${trackLabels[req.track]}在「${stateLabels[req.state]}」状态没有「${label}」环节` };
  if (req.roles.includes('upper') && !req.roles.some((r) => r !== 'upper')) return { ok: false, kind: 'role', reason: '上级科技局只能查看，不能办理' };
  const rule = onTrack.find((r) => r.roles.some((role) => req.roles.includes(role)));
  return rule ? { ok: true, rule } : { ok: false, kind: 'role', reason: `只有${rolesText(onTrack[0]!.roles)}可以执行「${label}」` };
}

/** The single source of truth for every project transition: next state or a reason in Chinese. */
export function decide(req: TransitionRequest): Decision {
  const s = structural(req);
  if (!s.ok) return s;
  const { rule } = s;
  if (rule.comment && !req.comment?.trim()) return { ok: false, kind: 'comment', reason: `请填写${rule.comment}` };
  const blocked = guards[req.event]?.(req.facts, req.state) ?? null;
  if (blocked) return { ok: false, kind: 'guard', reason: blocked };
  return { ok: true, next: rule.to, rule };
}

export interface AvailableAction {
  event: ProjectEvent;
  label: string;
  /** Name of the required comment, if any. */
  comment: string | null;
  /** Why it cannot be done right now (deadline passed, reviews pending …); null = can do. */
  blockedReason: string | null;
}

/** The actions this user may take on the project now: what the UI shows as buttons. */
export function availableActions(state: ProjectState, track: ProjectTrack, roles: readonly ActorRole[], facts: WorkflowFacts): AvailableAction[] {
  const out: AvailableAction[] = [];
  for (const event of new Set(transitionRules.map((r) => r.event))) {
    const s = structural({ state, track, event, roles });
    if (!s.ok) continue;
    const blockedReason = payloadGuards.includes(event) ? null : (guards[event]?.(facts, state) ?? null);
    out.push({ event, label: eventLabels[event], comment: s.rule.comment ?? null, blockedReason });
  }
  return out;
}
