import { describe, expect, it } from 'vitest';
import { actorRoles, type ActorRole, projectEvents, type ProjectEvent } from './events';
import { projectStates, type ProjectState, projectTracks, type ProjectTrack } from './states';
import { availableActions, decide, type WorkflowFacts } from './workflow';

/** Facts under which every guard passes, so only state, track and role decide. */
const open: WorkflowFacts = {
  now: new Date('2026-05-10T02:00:00Z'),
  today: '2026-05-10',
  completenessProblems: [],
  window: { opensAt: new Date('2026-04-01T00:00:00Z'), closesAt: new Date('2026-05-31T09:00:00Z') },
  reviewsAssigned: 5,
  reviewsSubmitted: 5,
  publicity: { startsOn: '2026-04-20', endsOn: '2026-04-30' },
  openObjections: 0,
  hasAgreement: true,
  newEndOn: '2027-12-31',
  fundingWon: '3000000.00',
};

/** Every allowed transition, written out by hand: [tracks, from, event, roles, to]. */
const A = 'applicant', S = 'staff', L = 'leader';
const allowed: Array<[string, string, ProjectEvent, ActorRole[], ProjectState]> = [
  ['county recommend self_funded', 'draft returned', 'submit', [A, S], 'submitted'],
  ['county recommend self_funded', 'submitted', 'withdraw', [A], 'draft'],
  ['county', 'submitted', 'formal_pass', [S], 'in_review'],
  ['recommend', 'submitted', 'formal_pass', [S], 'recommended'],
  ['county recommend self_funded', 'submitted', 'formal_return', [S], 'returned'],
  ['self_funded', 'submitted', 'file', [S], 'filed'],
  ['county', 'in_review', 'complete_review', [S], 'reviewed'],
  ['county', 'reviewed', 'propose', [S, L], 'proposed'],
  ['county', 'reviewed', 'not_selected', [S, L], 'rejected'],
  ['county', 'proposed', 'publish', [S], 'publicity'],
  ['county', 'proposed publicity', 'revoke', [S, L], 'rejected'],
  ['county', 'publicity', 'approve', [S, L], 'approved'],
  ['county', 'approved', 'start', [S], 'in_progress'],
  ['county', 'approved in_progress', 'terminate', [L], 'terminated'],
  ['county', 'in_progress', 'report_progress', [A, S], 'in_progress'],
  ['county', 'in_progress', 'midterm_check', [S], 'in_progress'],
  ['county', 'in_progress', 'request_acceptance', [A, S], 'acceptance_requested'],
  ['county', 'acceptance_requested', 'accept_pass', [S, L], 'accepted'],
  ['county', 'acceptance_requested', 'accept_fail', [S, L], 'acceptance_failed'],
  ['county', 'acceptance_requested', 'accept_extend', [S, L], 'in_progress'],
  ['recommend', 'recommended', 'upper_approve', [S], 'upper_approved'],
  ['recommend', 'recommended', 'upper_reject', [S], 'upper_rejected'],
  ['county', 'accepted acceptance_failed terminated rejected', 'archive', [S], 'archived'],
  ['recommend', 'upper_approved upper_rejected', 'archive', [S], 'archived'],
  ['self_funded', 'filed', 'archive', [S], 'archived'],
];

const expected = new Map<string, ProjectState>();
for (const [tracks, froms, event, roles, to] of allowed) {
  for (const track of tracks.split(' ')) for (const from of froms.split(' ')) for (const role of roles) expected.set(`${track}|${from}|${event}|${role}`, to);
}

const combos: Array<[ProjectTrack, ProjectState, ProjectEvent, ActorRole]> = [];
for (const track of projectTracks) for (const state of projectStates) for (const event of projectEvents) for (const role of actorRoles) combos.push([track, state, event, role]);

describe('the complete transition matrix', () => {
  it('has 3 tracks × 19 states × 22 events × 5 roles combinations', () => {
    expect(combos.length).toBe(3 * 19 * 22 * 5);
    expect(expected.size).toBe(56);
  });

  it('allows exactly the listed transitions, each to the listed state', () => {
    const mismatches: string[] = [];
    for (const [track, state, event, role] of combos) {
      const d = decide({ track, state, event, roles: [role], comment: '意见', facts: open });
      const want = expected.get(`${track}|${state}|${event}|${role}`);
      const got = d.ok ? d.next : null;
      if ((want ?? null) !== got) mismatches.push(`${track} ${state} ${event} ${role}: want ${want ?? 'refusal'}, got ${got ?? (d.ok ? '' : d.reason)}`);
    }
    expect(mismatches).toEqual([]);
  });

  it('refuses every other combination with a reason in Chinese', () => {
    for (const [track, state, event, role] of combos) {
      if (expected.has(`${track}|${state}|${event}|${role}`)) continue;
      const d = decide({ track, state, event, roles: [role], comment: '意见', facts: open });
      expect(d.ok).toBe(false);
      if (!d.ok) expect(d.reason).toMatch(/[\u4e00-\u9fa5]{2}/);
    }
  });
});

describe('refusal reasons', () => {
  const base = { track: 'county' as const, comment: null, facts: open };
  const reason = (r: Parameters<typeof decide>[0]) => {
    const d = decide(r);
    return d.ok ? `ok → ${d.next}` : d.reason;
  };

  it('names the current state when the step does not apply', () => {
    expect(reason({ ...base, state: 'draft', event: 'approve', roles: [L] })).toBe('当前状态「草稿」不能执行「立项」');
  });

  it('names the track when the step belongs to another track', () => {
    expect(reason({ ...base, track: 'self_funded', state: 'submitted', event: 'formal_pass', roles: [S] }))
      .toBe('自筹项目备案在「已提交」状态没有「形式审查通过」环节');
  });

  it('names who may act when the role is wrong', () => {
    expect(reason({ ...base, state: 'submitted', event: 'formal_pass', roles: [A] })).toBe('只有业务科室可以执行「形式审查通过」');
    expect(reason({ ...base, state: 'in_progress', event: 'terminate', roles: [S], comment: '无法实施' })).toBe('只有局领导可以执行「终止项目」');
    expect(reason({ ...base, state: 'submitted', event: 'formal_pass', roles: ['expert'] })).toBe('只有业务科室可以执行「形式审查通过」');
  });

  it('keeps the upper-level bureau read-only', () => {
    expect(reason({ ...base, state: 'publicity', event: 'approve', roles: ['upper'] })).toBe('上级科技局只能查看，不能办理');
    expect(decide({ ...base, state: 'publicity', event: 'approve', roles: ['upper'] })).toMatchObject({ ok: false, kind: 'role' });
  });

  it('asks for the comment an event needs', () => {
    expect(reason({ ...base, state: 'submitted', event: 'formal_return', roles: [S] })).toBe('请填写退回原因');
    expect(reason({ ...base, state: 'submitted', event: 'formal_return', roles: [S], comment: '  ' })).toBe('请填写退回原因');
    expect(reason({ ...base, state: 'acceptance_requested', event: 'accept_pass', roles: [L] })).toBe('请填写专家组验收意见');
    expect(reason({ ...base, state: 'reviewed', event: 'not_selected', roles: [S] })).toBe('请填写不予立项理由');
    expect(decide({ ...base, state: 'reviewed', event: 'not_selected', roles: [S] })).toMatchObject({ ok: false, kind: 'comment' });
  });

  it('a user holding two roles acts with the one the step needs', () => {
    expect(reason({ ...base, state: 'in_progress', event: 'terminate', roles: [S, L], comment: '企业注销' })).toBe('ok → terminated');
    expect(reason({ ...base, state: 'publicity', event: 'approve', roles: ['upper', L] })).toBe('ok → approved');
  });
});

describe('guards on facts', () => {
  const submit = (facts: Partial<WorkflowFacts>, state: ProjectState = 'draft') =>
    decide({ track: 'county', state, event: 'submit', roles: [A], facts: { ...open, ...facts } });

  it('enforces the application window on first submission, to the second', () => {
    expect(submit({ now: new Date('2026-05-31T09:00:00Z') }).ok).toBe(true);
    expect(submit({ now: new Date('2026-05-31T09:00:01Z') })).toMatchObject({ ok: false, reason: '申报已于 2026-05-31 17:00 截止，不能再提交' });
    expect(submit({ now: new Date('2026-03-31T15:59:59Z') })).toMatchObject({ ok: false, reason: '申报将于 2026-04-01 08:00 开始，尚不能提交' });
    expect(submit({ window: null })).toMatchObject({ ok: false, reason: '申报指南未设置申报时间' });
  });

  it('lets a returned application be resubmitted after the deadline', () => {
    expect(submit({ now: new Date('2026-06-05T00:00:00Z') }, 'returned')).toMatchObject({ ok: true, next: 'submitted' });
  });

  it('refuses an incomplete application listing every problem', () => {
    expect(submit({ completenessProblems: ['请填写项目名称', '缺少附件：营业执照'] }))
      .toMatchObject({ ok: false, reason: '申报书不完整：请填写项目名称；缺少附件：营业执照' });
  });

  it('completes review only when experts were drawn and all scored', () => {
    const complete = (f: Partial<WorkflowFacts>) => decide({ track: 'county', state: 'in_review', event: 'complete_review', roles: [S], facts: { ...open, ...f } });
    expect(complete({ reviewsAssigned: 0, reviewsSubmitted: 0 })).toMatchObject({ ok: false, reason: '尚未抽取评审专家' });
    expect(complete({ reviewsAssigned: 5, reviewsSubmitted: 3 })).toMatchObject({ ok: false, reason: '还有 2 份专家评审意见未提交' });
    expect(complete({ reviewsAssigned: 5, reviewsSubmitted: 5 }).ok).toBe(true);
  });

  it('publishes only with valid publicity dates', () => {
    const publish = (publicity: WorkflowFacts['publicity']) => decide({ track: 'county', state: 'proposed', event: 'publish', roles: [S], facts: { ...open, publicity } });
    expect(publish(null)).toMatchObject({ ok: false, reason: '请填写公示起止日期' });
    expect(publish({ startsOn: '2026-05-10', endsOn: '2026-05-09' })).toMatchObject({ ok: false, reason: '公示结束日期不能早于开始日期' });
    expect(publish({ startsOn: '2026-05-10', endsOn: '2026-05-10' }).ok).toBe(true);
  });

  it('approves only after the publicity period with no open objection', () => {
    const approve = (f: Partial<WorkflowFacts>) => decide({ track: 'county', state: 'publicity', event: 'approve', roles: [L], facts: { ...open, ...f } });
    expect(approve({ publicity: { startsOn: '2026-05-01', endsOn: '2026-05-10' } })).toMatchObject({ ok: false, reason: '公示期至 2026-05-10 结束，公示期满后才能立项' });
    expect(approve({ publicity: { startsOn: '2026-05-01', endsOn: '2026-05-09' } }).ok).toBe(true);
    expect(approve({ openObjections: 1 })).toMatchObject({ ok: false, reason: '公示期内有 1 条异议尚未处理' });
    expect(approve({ publicity: null })).toMatchObject({ ok: false, reason: '该项目尚未公示' });
  });

  it('starts implementation only with a signed task agreement', () => {
    expect(decide({ track: 'county', state: 'approved', event: 'start', roles: [S], facts: { ...open, hasAgreement: false } }))
      .toMatchObject({ ok: false, reason: '请先上传签订的项目任务书' });
  });

  it('extends only with a new end date, records upper funding only as an amount', () => {
    expect(decide({ track: 'county', state: 'acceptance_requested', event: 'accept_extend', roles: [S], comment: '需补充测试', facts: { ...open, newEndOn: null } }))
      .toMatchObject({ ok: false, reason: '请填写延期后的结题日期' });
    const upper = (fundingWon: string | null) => decide({ track: 'recommend', state: 'recommended', event: 'upper_approve', roles: [S], facts: { ...open, fundingWon } });
    expect(upper('12.345').ok).toBe(false);
    expect(upper(null).ok).toBe(false);
    expect(upper('0').ok).toBe(true);
  });
});

describe('available actions', () => {
  it('shows the applicant only submit on a draft, with the blocking reason after the deadline', () => {
    const late = { ...open, now: new Date('2026-06-01T00:00:00Z') };
    expect(availableActions('draft', 'county', [A], late)).toEqual([
      { event: 'submit', label: '提交申报', comment: null, blockedReason: '申报已于 2026-05-31 17:00 截止，不能再提交' },
    ]);
  });

  it('shows staff both outcomes of the formal review, and the enterprise only withdrawal', () => {
    expect(availableActions('submitted', 'county', [S], open).map((a) => a.event)).toEqual(['formal_pass', 'formal_return']);
    expect(availableActions('submitted', 'county', [A], open).map((a) => a.event)).toEqual(['withdraw']);
  });

  it('does not pre-block steps whose guard checks what the dialog asks for (publicity dates, new end date, funding)', () => {
    const none = { ...open, publicity: null, newEndOn: null, fundingWon: null };
    expect(availableActions('proposed', 'county', [S], none)).toContainEqual({ event: 'publish', label: '发布公示', comment: null, blockedReason: null });
    expect(availableActions('recommended', 'recommend', [S], none).every((a) => a.blockedReason === null)).toBe(true);
    expect(availableActions('in_review', 'county', [S], { ...open, reviewsSubmitted: 4 })[0]!.blockedReason).toBe('还有 1 份专家评审意见未提交');
  });

  it('shows nothing to experts and to the upper-level bureau', () => {
    for (const state of projectStates) {
      expect(availableActions(state, 'county', ['expert'], open)).toEqual([]);
      expect(availableActions(state, 'county', ['upper'], open)).toEqual([]);
    }
  });
});
