/**
 * 需求 raised by a village, cooperative or enterprise and matched to a commissioner:
 *
 *   raised ──dispatch──▶ dispatched ──start──▶ in_progress ──solve──▶ solved ──feedback──▶ solved (rated)
 *     ▲                     │  ▲ dispatch (reassign)                     
 *     └────────decline──────┘
 *   raised | dispatched | in_progress ──close──▶ closed        (撤销/不予受理, reason required)
 *
 * Staff dispatch, close and record feedback; the assigned commissioner starts, declines and
 * solves (staff may also start and solve on the commissioner's behalf); the requesting enterprise
 * may rate a solved need. solved and closed are final.
 */
export const needStatuses = ['raised', 'dispatched', 'in_progress', 'solved', 'closed'] as const;
export type NeedStatus = (typeof needStatuses)[number];
export const needStatusLabels: Record<NeedStatus, string> = {
  raised: '待派单', dispatched: '已派单', in_progress: '服务中', solved: '已解决', closed: '已关闭',
};

export const needActions = ['dispatch', 'decline', 'start', 'solve', 'feedback', 'close'] as const;
export type NeedAction = (typeof needActions)[number];
export const needActionLabels: Record<NeedAction, string> = {
  dispatch: '派单', decline: '退回', start: '开始服务', solve: '办结', feedback: '评价', close: '关闭',
};

/** requester = the enterprise user whose organisation raised the need. */
export type NeedActor = 'staff' | 'commissioner' | 'requester';
const actorLabels: Record<NeedActor, string> = { staff: '业务科室', commissioner: '科技特派员', requester: '需求方' };

interface Transition {
  from: readonly NeedStatus[];
  to: NeedStatus | 'same';
  actors: readonly NeedActor[];
}

export const needTransitions: Record<NeedAction, Transition> = {
  dispatch: { from: ['raised', 'dispatched'], to: 'dispatched', actors: ['staff'] },
  decline: { from: ['dispatched'], to: 'raised', actors: ['commissioner', 'staff'] },
  start: { from: ['dispatched'], to: 'in_progress', actors: ['commissioner', 'staff'] },
  solve: { from: ['in_progress'], to: 'solved', actors: ['commissioner', 'staff'] },
  feedback: { from: ['solved'], to: 'same', actors: ['staff', 'requester'] },
  close: { from: ['raised', 'dispatched', 'in_progress'], to: 'closed', actors: ['staff'] },
};

export interface NeedState {
  status: NeedStatus;
  commissionerId: string | null;
  satisfaction: number | null;
}

export interface NeedCommand {
  action: NeedAction;
  actor: NeedActor;
  /** The commissioner acting (for actor 'commissioner') or chosen (for dispatch). */
  commissionerId?: string | null;
  note?: string | null;
  satisfaction?: number | null;
}

export type NeedOutcome =
  | { ok: true; next: NeedState }
  | { ok: false; reason: string };

const fail = (reason: string): NeedOutcome => ({ ok: false, reason });

/** Applies one command; returns the next state or why it is refused (for a 409 with that message). */
export function applyNeedAction(state: NeedState, cmd: NeedCommand): NeedOutcome {
  const t = needTransitions[cmd.action];
  const label = needActionLabels[cmd.action];
  if (!t.from.includes(state.status)) return fail(`需求当前为“${needStatusLabels[state.status]}”，不能${label}`);
  if (!t.actors.includes(cmd.actor)) return fail(`${actorLabels[cmd.actor]}不能${label}`);
  if (cmd.actor === 'commissioner' && state.commissionerId !== cmd.commissionerId) return fail(`只有被派单的科技特派员可以${label}`);
  const note = cmd.note?.trim() ?? '';
  const to = t.to === 'same' ? state.status : t.to;
  switch (cmd.action) {
    case 'dispatch':
      if (!cmd.commissionerId) return fail('派单须选择科技特派员');
      if (cmd.commissionerId === state.commissionerId) return fail('需求已派给该科技特派员');
      return { ok: true, next: { ...state, status: to, commissionerId: cmd.commissionerId } };
    case 'decline':
      if (!note) return fail('退回须说明原因');
      return { ok: true, next: { ...state, status: to, commissionerId: null } };
    case 'solve':
      if (!note) return fail('办结须填写解决情况');
      return { ok: true, next: { ...state, status: to } };
    case 'close':
      if (!note) return fail('关闭须说明原因');
      return { ok: true, next: { ...state, status: to } };
    case 'feedback': {
      const s = cmd.satisfaction;
      if (state.satisfaction !== null) return fail('该需求已评价');
      if (s === null || s === undefined || !Number.isInteger(s) || s < 1 || s > 5) return fail('满意度应为 1–5 分');
      return { ok: true, next: { ...state, satisfaction: s } };
    }
    default:
      return { ok: true, next: { ...state, status: to } };
  }
}

/** Actions the UI should offer to this actor in this state. */
export function availableNeedActions(state: NeedState, actor: NeedActor, commissionerId?: string | null): NeedAction[] {
  return needActions.filter((a) => {
    const t = needTransitions[a];
    if (!t.from.includes(state.status) || !t.actors.includes(actor)) return false;
    if (actor === 'commissioner' && state.commissionerId !== commissionerId) return false;
    return a !== 'feedback' || state.satisfaction === null;
  });
}
