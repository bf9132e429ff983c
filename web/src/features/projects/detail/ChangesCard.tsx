import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, DatePicker, Form, Input, Select, Space, Table, Tag } from 'antd';
import type { Dayjs } from 'dayjs';
import { useCurrentUser } from '../../../app/auth';
import { projectKeys, projectsApi } from '../api/client';
import type { ChangeRequest, ProjectDetail } from '../api/types';

const kinds = [{ value: 'extension', label: '项目延期' }, { value: 'termination', label: '项目终止' }];

/** 项目变更: the applicant (or staff) asks; staff approve extensions, a leader approves termination. */
export function ChangesCard({ project }: { project: ProjectDetail }) {
  const me = useCurrentUser();
  const qc = useQueryClient();
  const [form] = Form.useForm();
  const key = projectKeys.sub(project.id, 'changes');
  const q = useQuery({ queryKey: key, queryFn: () => projectsApi.changes(project.id) });
  const done = (d: { items: ChangeRequest[] }) => { qc.setQueryData(key, d); void qc.invalidateQueries({ queryKey: projectKeys.detail(project.id) }); };
  const ask = useMutation({
    mutationFn: (v: { kind: string; reason: string; newEndOn?: Dayjs }) => projectsApi.requestChange(project.id, { ...v, newEndOn: v.newEndOn?.format('YYYY-MM-DD') ?? null }),
    onSuccess: (d) => { done(d); form.resetFields(); },
  });
  const decide = useMutation({
    mutationFn: (v: { id: string; approve: boolean }) => projectsApi.decideChange(project.id, v.id, { version: project.version, approve: v.approve, comment: v.approve ? '同意' : '不同意变更' }),
    onSuccess: done,
  });
  const deciders = me.roles.includes('staff') || me.roles.includes('leader');
  const error = ask.error ?? decide.error;
  return (
    <>
      {project.abilities.requestChange && (
        <Form form={form} layout="inline" initialValues={{ kind: 'extension' }} onFinish={(v) => ask.mutate(v)} style={{ marginBottom: 12 }}>
          <Form.Item name="kind"><Select style={{ width: 120 }} options={kinds} /></Form.Item>
          <Form.Item name="newEndOn"><DatePicker placeholder="延期后结束日期" /></Form.Item>
          <Form.Item name="reason" rules={[{ required: true, min: 2, message: '请填写变更理由' }]}><Input placeholder="变更理由" style={{ width: 280 }} /></Form.Item>
          <Button htmlType="submit" loading={ask.isPending}>申请变更</Button>
        </Form>
      )}
      {error && <Alert type="error" showIcon title={error.message} style={{ marginBottom: 12 }} />}
      <Table<ChangeRequest> size="small" rowKey="id" pagination={false} dataSource={q.data?.items ?? []}
        columns={[
          { title: '类型', dataIndex: 'kindLabel', width: 100 },
          { title: '理由', dataIndex: 'reason' },
          { title: '延期至', key: 'end', width: 110, render: (_, c) => String(c.payload.newEndOn ?? '—') },
          { title: '状态', dataIndex: 'statusLabel', width: 90, render: (v: string, c) => <Tag color={c.status === 'approved' ? 'green' : c.status === 'pending' ? 'orange' : 'default'}>{v}</Tag> },
          { title: '审批意见', dataIndex: 'decisionComment', width: 140 },
          {
            title: '', key: 'op', width: 150, render: (_, c) => c.status === 'pending' && deciders && (
              <Space><Button size="small" type="primary" onClick={() => decide.mutate({ id: c.id, approve: true })}>批准</Button>
                <Button size="small" onClick={() => decide.mutate({ id: c.id, approve: false })}>不批准</Button></Space>
            ),
          },
        ]} />
    </>
  );
}
