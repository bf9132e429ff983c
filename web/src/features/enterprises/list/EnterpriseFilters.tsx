import { Checkbox, Input, Select, Space } from 'antd';
import { RegionCascader } from '../../../components/RegionCascader';
import type { EnterpriseFilter } from '../api/types';
import { funnelStageLabels, funnelStages, tierKindLabels, tierKinds } from '../labels';
import { HnteFieldPicker, IndustryPicker } from '../pickers';

interface Props { value: EnterpriseFilter; onChange: (f: EnterpriseFilter) => void; showCadre: boolean }

const stageOptions = [...funnelStages.map((s) => ({ value: s, label: funnelStageLabels[s] })), { value: 'none', label: '未进入培育链' }];

/** Region, tier, funnel stage, industry, HNTE field, tag and text search; every change goes back to page 1. */
export function EnterpriseFilters({ value, onChange, showCadre }: Props) {
  const set = (patch: Partial<EnterpriseFilter>) => onChange({ ...value, ...patch });
  return (
    <Space wrap style={{ marginBottom: 16 }} data-testid="enterprise-filters">
      <Input.Search allowClear placeholder="企业名称或统一社会信用代码" style={{ width: 280 }} defaultValue={value.q} onSearch={(q) => set({ q: q.trim() || undefined })} />
      <RegionCascader maxDepth={4} placeholder="所在地区" style={{ width: 240 }} value={value.regionCode} onChange={(regionCode) => set({ regionCode })} />
      <Select allowClear placeholder="资质" style={{ width: 150 }} value={value.tier} onChange={(tier) => set({ tier })}
        options={tierKinds.map((k) => ({ value: k, label: tierKindLabels[k] }))} />
      <Select allowClear placeholder="培育阶段" style={{ width: 160 }} value={value.stage} onChange={(stage) => set({ stage })} options={stageOptions} />
      <IndustryPicker sections style={{ width: 220 }} value={value.industry} onChange={(industry) => set({ industry })} />
      <HnteFieldPicker style={{ width: 220 }} value={value.field} onChange={(field) => set({ field })} />
      <Input.Search allowClear placeholder="标签" style={{ width: 140 }} defaultValue={value.tag} onSearch={(tag) => set({ tag: tag.trim() || undefined })} />
      {showCadre && <Checkbox checked={value.cadre === 'me'} onChange={(e) => set({ cadre: e.target.checked ? 'me' : undefined })}>我包保的企业</Checkbox>}
    </Space>
  );
}
