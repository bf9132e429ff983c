import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, DatePicker, Form, Input, Space, Table, Tag } from 'antd';
import type { Dayjs } from 'dayjs';
import { projectKeys, projectsApi } from '../api/client';
import type { Objection, ProjectDetail } from '../api/types';

const statusTag = { open: <Tag color="orange">待处理</Tag>, dismissed: <Tag>不予采纳</Tag>, upheld: <Tag color="red">异议成立</Tag> };

/** 公示异议: written, real-name objections; an open one blocks 立项. */
export function ObjectionsCard({ project }: { project: ProjectDetail }) {
  const qc = useQueryClient();
  const [form] = Form.useForm();
  const key = projectKeys.sub(project.id, 'objections');
  const q = useQuery({ queryKey: key, queryFn: () => projectsApi.objections(project.id) });
  const done = (d: { items: Objection[] }) => { qc.setQueryData(key, d); void qc.invalidateQueries({ queryKey: projectKeys.detail(project.id) }); };
  const add = useMutation({
    mutationFn: (v: { receivedOn: Dayjs; objector: string; content: string }) => projectsApi.addObjection(project.id, { ...v, receivedOn: v.receivedOn.format('YYYY-MM-DD') }),
    onSuccess: (d) => { done(d); form.resetFields(); },
  });
  const resolve = useMutation({
    mutationFn: (v: { id: string; status: 'dismissed' | 'upheld' }) => projectsApi.resolveObjection(project.id, v.id, { status: v.status, resolution: v.status === 'upheld' ? '经核实异议成立' : '经核实异议不成立' }),
    onSuccess: done,
  });
  const error = add.error ?? resolve.error;
  return (
    <>
      {project.abilities.recordObjection && (
        <Form form={form} layout="inline" onFinish={(v) => add.mutate(v)} style={{ marginBottom: 12 }}>
          <Form.Item name="receivedOn" rules={[{ required: true, message: '收到日期' }]}><DatePicker placeholder="收到日期" /></Form.Item>
          <Form.Item name="objector" rules={[{ required: true, min: 2, message: '异议人须实名' }]}><Input placeholder="异议人（实名）" /></Form.Item>
          <Form.Item name="content" rules={[{ required: true, min: 2, message: '异议内容' }]}><Input placeholder="异议内容" style={{ width: 320 }} /></Form.Item>
          <Button htmlType="submit" loading={add.isPending}>登记异议</Button>
        </Form>
      )}
      {error && <Alert type="error" showIcon title={error.message} style={{ marginBottom: 12 }} />}
      <Table<Objection> size="small" rowKey="id" pagination={false} dataSource={q.data?.items ?? []}
        columns={[
          { title: '收到日期', dataIndex: 'receivedOn', width: 110 },
          { title: '异议人', dataIndex: 'objector', width: 100 },
          { title: '内容', dataIndex: 'content' },
          { title: '状态', dataIndex: 'status', width: 100, render: (s: Objection['status']) => statusTag[s] },
          { title: '处理意见', dataIndex: 'resolution', width: 160 },
          {
            title: '', key: 'op', width: 170, render: (_, o) => o.status === 'open' && project.abilities.recordObjection && (
              <Space><Button size="small" onClick={() => resolve.mutate({ id: o.id, status: 'dismissed' })}>不予采纳</Button>
                <Button size="small" danger onClick={() => resolve.mutate({ id: o.id, status: 'upheld' })}>异议成立</Button></Space>
            ),
          },
        ]} />
    </>
  );
}
