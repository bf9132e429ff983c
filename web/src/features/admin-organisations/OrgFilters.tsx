import { Button, Form, Input, Select } from 'antd';
import type { OrgFilter } from '../../api/organisations';
import { RegionCascader } from '../../components/RegionCascader';
import { kindOptions } from './kinds';

type Values = Pick<OrgFilter, 'q' | 'kind' | 'regionCode'>;

export function OrgFilters({ value, onChange }: { value: OrgFilter; onChange: (f: OrgFilter) => void }) {
  const [form] = Form.useForm<Values>();
  const apply = (v: Values) => onChange({ ...value, q: v.q?.trim() || undefined, kind: v.kind, regionCode: v.regionCode });
  return (
    <Form form={form} layout="inline" onFinish={apply} style={{ marginBottom: 16, rowGap: 8 }}>
      <Form.Item name="q"><Input allowClear placeholder="单位名称 / 信用代码" style={{ width: 200 }} /></Form.Item>
      <Form.Item name="kind"><Select allowClear placeholder="单位类型" options={kindOptions} style={{ width: 150 }} /></Form.Item>
      <Form.Item name="regionCode"><RegionCascader placeholder="所在地区（含下级）" maxDepth={4} style={{ width: 280 }} /></Form.Item>
      <Form.Item><Button type="primary" htmlType="submit">查询</Button></Form.Item>
      <Form.Item><Button onClick={() => { form.resetFields(); apply({}); }}>重置</Button></Form.Item>
    </Form>
  );
}
