import { Space, Tag } from 'antd';
import type { FunnelStage, TierKind } from './api/types';
import { stageColors, tierColors, tierKindLabels } from './labels';

export function TierTags({ kinds }: { kinds: readonly TierKind[] }) {
  if (kinds.length === 0) return <span style={{ color: '#bfbfbf' }}>—</span>;
  return <Space size={2} wrap>{kinds.map((k) => <Tag key={k} color={tierColors[k]}>{tierKindLabels[k]}</Tag>)}</Space>;
}

export function StageTag({ stage, label }: { stage: FunnelStage | null; label: string }) {
  return stage ? <Tag color={stageColors[stage]}>{label}</Tag> : <span style={{ color: '#8c8c8c' }}>{label || '未进入培育链'}</span>;
}
