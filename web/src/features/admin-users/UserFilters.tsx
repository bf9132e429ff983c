import { Button, Form, Input, Select } from 'antd';
import type { Role } from '../../../../domain/roles';
import type { UserFilter } from '../../api/users';
import { OrganisationSelect } from '../../components/OrganisationSelect';
import { roleOptions, statusOptions } from './options';

type Values = Pick<UserFilter, 'q' | 'organisationId' | 'role' | 'status'>;

export function UserFilters({ value, onChange }: { value: UserFilter; onChange: (f: UserFilter) => void }) {
  const [form] = Form.useForm<Values>();
  const apply = (v: Values) => onChange({ ...value, q: v.q?.trim() || undefined, organisationId: v.organisationId,
    role: v.role as Role | undefined, status: v.status });
  return (
    <Form form={form} layout="inline" onFinish={apply} style={{ marginBottom: 16, rowGap: 8 }} data-testid="user-filters">
      <Form.Item name="q"><Input allowClear placeholder="用户名 / 姓名" style={{ width: 180 }} /></Form.Item>
      <Form.Item name="organisationId"><OrganisationSelect placeholder="所属单位" style={{ width: 240 }} /></Form.Item>
      <Form.Item name="role"><Select allowClear placeholder="角色" options={roleOptions} style={{ width: 140 }} /></Form.Item>
      <Form.Item name="status"><Select allowClear placeholder="状态" options={statusOptions} style={{ width: 110 }} /></Form.Item>
      <Form.Item>
        <Button type="primary" htmlType="submit">查询</Button>
      </Form.Item>
      <Form.Item>
        <Button onClick={() => { form.resetFields(); apply({}); }}>重置</Button>
      </Form.Item>
    </Form>
  );
}
