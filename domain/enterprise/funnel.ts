import { type FunnelStage, funnelStageLabels, funnelStages } from './codes';

/**
 * 培育链 moves. Enterprises enter at the stage that fits them, move forward (skipping is allowed:
 * a mature firm goes straight into the 高企培育库), fall back one step (e.g. 高企 → 培育库 when the
 * certificate lapses) or leave the funnel. 高新技术企业 needs an HNTE tier valid on the day.
 */
export interface FunnelMoveCheck {
  from: FunnelStage | null;
  to: FunnelStage | null;
  hasValidHnte: boolean;
}

const rank = (s: FunnelStage) => funnelStages.indexOf(s);
const label = (s: FunnelStage | null) => (s ? funnelStageLabels[s] : '未入链');

/** Null when the move is allowed, otherwise the Chinese reason it is refused. */
export function funnelMoveProblem({ from, to, hasValidHnte }: FunnelMoveCheck): string | null {
  if (from === to) return `企业已处于“${label(to)}”阶段`;
  if (to === null) return null;
  if (to === 'hnte' && !hasValidHnte) return '移入“高新技术企业”阶段须有在有效期内的高新技术企业证书';
  if (from === null) return null;
  if (rank(to) > rank(from)) return null;
  if (rank(from) - rank(to) === 1) return null;
  return `不能从“${label(from)}”直接退回“${label(to)}”，每次只能后退一个阶段`;
}

export const funnelStageLabel = label;
