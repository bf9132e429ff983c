import { Button, DatePicker, Form, Input, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import type { AuditFilter } from '../../api/audit';
import type { AuditResult } from '../../api/types';
import { resultOptions } from './labels';

interface Values {
  range?: [Dayjs | null, Dayjs | null] | null;
  username?: string;
  action?: string;
  result?: AuditResult;
}

export function AuditFilters({ value, onChange }: { value: AuditFilter; onChange: (f: AuditFilter) => void }) {
  const [form] = Form.useForm<Values>();
  const apply = (v: Values) => onChange({
    ...value,
    from: v.range?.[0]?.toISOString(),
    to: v.range?.[1]?.toISOString(),
    username: v.username?.trim() || undefined,
    action: v.action?.trim() || undefined,
    result: v.result,
  });
  return (
    <Form form={form} layout="inline" onFinish={apply} style={{ marginBottom: 16, rowGap: 8 }}>
      <Form.Item name="range">
        <DatePicker.RangePicker showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" placeholder={['开始时间', '结束时间']} />
      </Form.Item>
      <Form.Item name="username"><Input allowClear placeholder="用户名" style={{ width: 140 }} /></Form.Item>
      <Form.Item name="action"><Input allowClear placeholder="操作（如 auth.login）" style={{ width: 180 }} /></Form.Item>
      <Form.Item name="result"><Select allowClear placeholder="结果" options={resultOptions} style={{ width: 100 }} /></Form.Item>
      <Form.Item><Button type="primary" htmlType="submit">查询</Button></Form.Item>
      <Form.Item><Button onClick={() => { form.resetFields(); apply({}); }}>重置</Button></Form.Item>
    </Form>
  );
}
