import { Input, Select, Space } from 'antd';
import { projectStates } from '../../../../../domain/projects/states';
import { stateLabels, trackLabels } from '../labels';

export type LibraryFilter = {
  page: number;
  pageSize: number;
  q?: string;
  year?: number;
  stage?: string;
  state?: string;
  track?: string;
};

const stages = [
  { value: 'application', label: '申报' }, { value: 'review', label: '评审' }, { value: 'approval', label: '立项' },
  { value: 'implementation', label: '实施' }, { value: 'closed', label: '结束' },
];
const thisYear = new Date().getFullYear();

export function LibraryFilters({ value, onChange }: { value: LibraryFilter; onChange: (f: LibraryFilter) => void }) {
  return (
    <Space wrap style={{ marginBottom: 16 }}>
      <Input.Search allowClear placeholder="项目名称、编号或申报单位" style={{ width: 260 }} onSearch={(q) => onChange({ ...value, q: q || undefined })} />
      <Select allowClear placeholder="年度" style={{ width: 110 }} value={value.year} onChange={(year) => onChange({ ...value, year })}
        options={[0, 1, 2, 3].map((i) => ({ value: thisYear - i, label: `${thisYear - i} 年` }))} />
      <Select allowClear placeholder="阶段" style={{ width: 110 }} value={value.stage} onChange={(stage) => onChange({ ...value, stage })} options={stages} />
      <Select allowClear placeholder="状态" style={{ width: 130 }} value={value.state} onChange={(state) => onChange({ ...value, state })}
        options={projectStates.map((s) => ({ value: s, label: stateLabels[s] }))} />
      <Select allowClear placeholder="项目类型" style={{ width: 150 }} value={value.track} onChange={(track) => onChange({ ...value, track })}
        options={Object.entries(trackLabels).map(([k, v]) => ({ value: k, label: v }))} />
    </Space>
  );
}
