import { Input, Select, Space } from 'antd';
import { commonFields } from '../../../../../domain/commissioners/vocabulary';
import { formOptions, levelOptions } from '../access';

export interface RosterFilter {
  q?: string; level?: string; form?: string; status?: string; field?: string; isStudent?: string; page: number; pageSize: number;
}

export function RosterFilters({ value, onChange, statusFixed }: { value: RosterFilter; onChange: (f: RosterFilter) => void; statusFixed?: boolean }) {
  const set = (patch: Partial<RosterFilter>) => onChange({ ...value, ...patch, page: 1 });
  return (
    <Space wrap style={{ marginBottom: 12 }}>
      <Input.Search allowClear placeholder="姓名、编号或工作单位" style={{ width: 220 }} onSearch={(q) => set({ q: q || undefined })} />
      <Select allowClear placeholder="级别" style={{ width: 110 }} value={value.level} options={levelOptions} onChange={(level) => set({ level })} />
      <Select allowClear placeholder="形式" style={{ width: 100 }} value={value.form} options={formOptions} onChange={(form) => set({ form })} />
      <Select allowClear placeholder="专业领域" style={{ width: 130 }} value={value.field} options={commonFields.map((f) => ({ value: f, label: f }))} onChange={(field) => set({ field })} />
      {!statusFixed && (
        <Select allowClear placeholder="状态" style={{ width: 100 }} value={value.status} onChange={(status) => set({ status })}
          options={[{ value: 'active', label: '在岗' }, { value: 'exited', label: '已退出' }]} />
      )}
      <Select allowClear placeholder="大学生特派员" style={{ width: 140 }} value={value.isStudent} onChange={(isStudent) => set({ isStudent })}
        options={[{ value: 'true', label: '大学生科技特派员' }, { value: 'false', label: '非大学生' }]} />
    </Space>
  );
}
