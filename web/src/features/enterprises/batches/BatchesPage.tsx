import { PlusOutlined } from '@ant-design/icons';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Alert, Button, Card, Form, Input, InputNumber, Modal, Select, Space, Table, Tag } from 'antd';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { useCurrentUser } from '../../../app/auth';
import { formatDate } from '../../../components/format';
import { PageHeader } from '../../../components/PageHeader';
import { canManage } from '../access';
import { enterpriseKeys, enterprisesApi } from '../api/client';
import type { Batch, BatchDetail, BatchKind, BatchStatus } from '../api/types';
import { FormAlert } from '../form/FormAlert';
import { useFormMutation } from '../form/useFormMutation';
import { batchKindLabels, batchStatusLabels, batchStatuses } from '../labels';

const kindOptions = (Object.keys(batchKindLabels) as BatchKind[]).map((k) => ({ value: k, label: batchKindLabels[k] }));
const thisYear = new Date().getFullYear();

function CreateBatchModal({ onClose, onSaved }: { onClose: () => void; onSaved: (b: BatchDetail) => void }) {
  const m = useFormMutation<{ kind: BatchKind; year: number; name: string; notes?: string }, BatchDetail>(['kind', 'year', 'name', 'notes'],
    (v) => enterprisesApi.createBatch(v), '批次已创建', onClose, onSaved);
  return (
    <Modal open title="新建申报批次" okText="创建" onCancel={onClose} confirmLoading={m.pending} onOk={m.submit}>
      <FormAlert error={m.error} />
      <Form form={m.form} layout="vertical" initialValues={{ kind: 'hnte', year: thisYear }}>
        <Form.Item name="kind" label="批次类型" rules={[{ required: true }]}><Select options={kindOptions} /></Form.Item>
        <Form.Item name="year" label="年度" rules={[{ required: true }]}><InputNumber min={2000} max={2100} precision={0} style={{ width: '100%' }} /></Form.Item>
        <Form.Item name="name" label="批次名称" rules={[{ required: true, min: 2, message: '请填写批次名称' }]}><Input maxLength={100} placeholder={`${thisYear} 年第一批高新技术企业认定`} /></Form.Item>
        <Form.Item name="notes" label="备注"><Input.TextArea rows={3} maxLength={500} /></Form.Item>
      </Form>
    </Modal>
  );
}

interface Query { kind?: BatchKind; year?: number; status?: BatchStatus; page: number; pageSize: number }

/** 申报批次: the bureau's 高企 / 科小 rounds and how far each has got. */
export function BatchesPage() {
  const me = useCurrentUser();
  const navigate = useNavigate();
  const [q, setQ] = useState<Query>({ page: 1, pageSize: 20 });
  const [creating, setCreating] = useState(false);
  const list = useQuery({ queryKey: enterpriseKeys.batches({ ...q }), queryFn: () => enterprisesApi.batches({ ...q }), placeholderData: keepPreviousData });
  const set = (patch: Partial<Query>) => setQ({ ...q, page: 1, ...patch });
  return (
    <>
      <PageHeader title="申报批次" subTitle="高新技术企业认定、科技型中小企业评价：推荐 → 专家评审 → 公示 → 认定"
        extra={canManage(me.roles) && <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>新建批次</Button>} />
      <Card>
        <Space wrap style={{ marginBottom: 16 }}>
          <Select allowClear placeholder="批次类型" style={{ width: 190 }} value={q.kind} onChange={(kind) => set({ kind })} options={kindOptions} />
          <Select allowClear placeholder="年度" style={{ width: 110 }} value={q.year} onChange={(year) => set({ year })}
            options={[1, 0, -1, -2].map((i) => ({ value: thisYear + i, label: `${thisYear + i} 年` }))} />
          <Select allowClear placeholder="阶段" style={{ width: 130 }} value={q.status} onChange={(status) => set({ status })}
            options={batchStatuses.map((s) => ({ value: s, label: batchStatusLabels[s] }))} />
        </Space>
        {list.error ? <Alert type="error" title={(list.error as Error).message} /> : (
          <Table<Batch> rowKey="id" size="middle" loading={list.isFetching} dataSource={list.data?.items ?? []} data-testid="batch-table"
            pagination={{ current: q.page, pageSize: q.pageSize, total: list.data?.total, showTotal: (n) => `共 ${n} 个批次`, onChange: (page, pageSize) => setQ({ ...q, page, pageSize }) }}
            columns={[
              { title: '批次名称', dataIndex: 'name', render: (v: string, b) => <Link to={`/enterprise-batches/${b.id}`}>{v}</Link> },
              { title: '类型', dataIndex: 'kindLabel', width: 180 },
              { title: '年度', dataIndex: 'year', width: 80 },
              { title: '阶段', dataIndex: 'statusLabel', width: 110, render: (v: string, b) => <Tag color={b.status === 'recognised' ? 'success' : 'processing'}>{v}</Tag> },
              { title: '推荐企业', dataIndex: 'entryCount', width: 100 },
              { title: '已认定', key: 'recognised', width: 90, render: (_, b) => b.outcomeCounts.recognised ?? 0 },
              { title: '创建时间', dataIndex: 'createdAt', width: 120, render: formatDate },
            ]} />
        )}
      </Card>
      {creating && <CreateBatchModal onClose={() => setCreating(false)} onSaved={(b) => navigate(`/enterprise-batches/${b.id}`)} />}
    </>
  );
}
