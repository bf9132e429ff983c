import { type ProjectEvent, transitionRules } from '../../../domain/projects/events';
import type { ProjectState, ProjectTrack } from '../../../domain/projects/states';

const county: Partial<Record<ProjectState, ProjectEvent[]>> = {
  draft: [],
  submitted: ['submit'],
  returned: ['submit', 'formal_return'],
  in_review: ['submit', 'formal_pass'],
  reviewed: ['submit', 'formal_pass', 'complete_review'],
  proposed: ['submit', 'formal_pass', 'complete_review', 'propose'],
  publicity: ['submit', 'formal_pass', 'complete_review', 'propose', 'publish'],
  rejected: ['submit', 'formal_pass', 'complete_review', 'not_selected'],
  approved: ['submit', 'formal_pass', 'complete_review', 'propose', 'publish', 'approve'],
  in_progress: ['submit', 'formal_pass', 'complete_review', 'propose', 'publish', 'approve', 'start', 'midterm_check'],
  terminated: ['submit', 'formal_pass', 'complete_review', 'propose', 'publish', 'approve', 'start', 'terminate'],
  acceptance_requested: ['submit', 'formal_pass', 'complete_review', 'propose', 'publish', 'approve', 'start', 'midterm_check', 'request_acceptance'],
  accepted: ['submit', 'formal_pass', 'complete_review', 'propose', 'publish', 'approve', 'start', 'midterm_check', 'request_acceptance', 'accept_pass'],
  acceptance_failed: ['submit', 'formal_pass', 'complete_review', 'propose', 'publish', 'approve', 'start', 'request_acceptance', 'accept_fail'],
  archived: ['submit', 'formal_pass', 'complete_review', 'propose', 'publish', 'approve', 'start', 'midterm_check', 'request_acceptance', 'accept_pass', 'archive'],
};
const recommend: Partial<Record<ProjectState, ProjectEvent[]>> = {
  submitted: ['submit'],
  recommended: ['submit', 'formal_pass'],
  upper_approved: ['submit', 'formal_pass', 'upper_approve'],
  upper_rejected: ['submit', 'formal_pass', 'upper_reject'],
};
const selfFunded: Partial<Record<ProjectState, ProjectEvent[]>> = { submitted: ['submit'], filed: ['submit', 'file'] };

export interface Step { event: ProjectEvent; from: ProjectState; to: ProjectState }

/** The steps that take a new draft of a track to `state`, each checked against the workflow rules. */
export function pathTo(track: ProjectTrack, state: ProjectState): Step[] {
  const events = { county, recommend, self_funded: selfFunded }[track][state];
  if (!events) throw new Error(`demo: no path to ${state} on ${track}`);
  let at: ProjectState = 'draft';
  return events.map((event) => {
    const rule = transitionRules.find((r) => r.event === event && r.tracks.includes(track) && r.from.includes(at));
    if (!rule) throw new Error(`demo: ${event} not allowed from ${at} on ${track}`);
    const step = { event, from: at, to: rule.to };
    at = rule.to;
    return step;
  });
}

export const demoComments: Partial<Record<ProjectEvent, string>> = {
  formal_return: '预算编制说明不完整，请补充设备购置明细',
  not_selected: '综合评审得分排名靠后，未列入本年度立项计划',
  midterm_check: '项目进度符合任务书要求，经费使用规范',
  terminate: '承担单位经营发生重大变化，经局党组研究同意终止',
  accept_pass: '专家组一致认为项目完成任务书规定的各项指标，同意通过验收',
  accept_fail: '核心指标未达到任务书要求，专家组意见为不予通过验收',
  upper_approve: '省科技厅已下达立项通知',
  upper_reject: '未列入省级立项名单',
};
