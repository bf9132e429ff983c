import { PlusOutlined } from '@ant-design/icons';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Button, Card, Input, Select, Space, Table, Tag } from 'antd';
import { useState } from 'react';
import { useCurrentUser } from '../../../app/auth';
import { PageHeader } from '../../../components/PageHeader';
import { projectKeys, projectsApi } from '../api/client';
import type { Expert } from '../api/types';
import { expertCategoryLabels, researchFieldLabels } from '../labels';
import { ExpertFormModal } from './ExpertFormModal';

const statusLabels = { active: '可抽取', paused: '暂停', retired: '退出' } as const;

export default function ExpertsPage() {
  const me = useCurrentUser();
  const [filter, setFilter] = useState<{ page: number; pageSize: number; q?: string; category?: string; field?: string }>({ page: 1, pageSize: 20 });
  const [creating, setCreating] = useState(false);
  const q = useQuery({ queryKey: projectKeys.experts(filter), queryFn: () => projectsApi.experts(filter), placeholderData: keepPreviousData });
  return (
    <>
      <PageHeader title="专家库" subTitle="评审专家的专业领域、类别、年度评审次数上限与回避关系；手机号脱敏显示"
        extra={me.roles.includes('staff') && <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>登记专家</Button>} />
      <Card>
        <Space wrap style={{ marginBottom: 16 }}>
          <Input.Search allowClear placeholder="姓名或单位" style={{ width: 220 }} onSearch={(v) => setFilter({ ...filter, page: 1, q: v || undefined })} />
          <Select allowClear placeholder="类别" style={{ width: 120 }} onChange={(category) => setFilter({ ...filter, page: 1, category })}
            options={Object.entries(expertCategoryLabels).map(([value, label]) => ({ value, label }))} />
          <Select allowClear placeholder="专业领域" style={{ width: 160 }} onChange={(field) => setFilter({ ...filter, page: 1, field })}
            options={Object.entries(researchFieldLabels).map(([value, label]) => ({ value, label }))} />
        </Space>
        <Table<Expert> rowKey="id" loading={q.isFetching} dataSource={q.data?.items ?? []}
          pagination={{ current: filter.page, pageSize: filter.pageSize, total: q.data?.total, onChange: (page, pageSize) => setFilter({ ...filter, page, pageSize }) }}
          columns={[
            { title: '姓名', dataIndex: 'name', width: 110 },
            { title: '类别', dataIndex: 'categoryLabel', width: 100 },
            { title: '职称', dataIndex: 'title', width: 120 },
            { title: '工作单位', dataIndex: ['organisation', 'name'] },
            { title: '专业领域', dataIndex: 'fieldLabels', render: (v: string[]) => v.map((f) => <Tag key={f}>{f}</Tag>) },
            { title: '手机', dataIndex: 'phoneMasked', width: 130 },
            { title: '本年评审', key: 'load', width: 100, render: (_, r) => `${r.load} / ${r.quota}` },
            { title: '回避关系', dataIndex: 'conflicts', width: 90 },
            { title: '状态', dataIndex: 'status', width: 90, render: (s: Expert['status']) => <Tag color={s === 'active' ? 'green' : 'default'}>{statusLabels[s]}</Tag> },
          ]} />
      </Card>
      {creating && <ExpertFormModal onClose={() => setCreating(false)} />}
    </>
  );
}
