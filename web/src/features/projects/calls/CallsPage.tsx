import { PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Button, Card, Table, Tag } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { useCurrentUser } from '../../../app/auth';
import { PageHeader } from '../../../components/PageHeader';
import { formatDateTime } from '../../../components/format';
import { projectKeys, projectsApi } from '../api/client';
import type { Call } from '../api/types';
import { wan } from '../labels';
import { CallFormModal } from './CallFormModal';

export const windowTag = (c: Call) =>
  c.windowState === 'open' ? <Tag color="green">申报中</Tag> : c.windowState === 'not_open' ? <Tag>未开始</Tag> : <Tag color="default">已截止</Tag>;

export function CallsPage() {
  const me = useCurrentUser();
  const staff = me.roles.includes('staff');
  const [creating, setCreating] = useState(false);
  const [page, setPage] = useState({ page: 1, pageSize: 20 });
  const q = useQuery({ queryKey: projectKeys.calls(page), queryFn: () => projectsApi.calls(page) });
  return (
    <>
      <PageHeader title="申报指南" subTitle="县级科技计划及向上推荐、自筹备案的申报指南；申报期内可在线申报"
        extra={staff && <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>发布申报指南</Button>} />
      <Card>
        <Table<Call> rowKey="id" loading={q.isFetching} dataSource={q.data?.items ?? []} data-testid="calls-table"
          pagination={{ current: page.page, pageSize: page.pageSize, total: q.data?.total, onChange: (p, s) => setPage({ page: p, pageSize: s }) }}
          columns={[
            { title: '指南名称', dataIndex: 'title', render: (v: string, r) => <Link to={`/project-calls/${r.id}`}>{v}</Link> },
            { title: '科技计划', dataIndex: ['programme', 'name'], width: 200 },
            { title: '年度', dataIndex: 'year', width: 70 },
            { title: '申报时间', key: 'window', width: 320, render: (_, r) => <>{formatDateTime(r.opensAt)} 至 {formatDateTime(r.closesAt)} {windowTag(r)}</> },
            { title: '计划资金', dataIndex: 'budget', width: 120, render: wan },
            { title: '已申报', dataIndex: 'applications', width: 80 },
          ]} />
      </Card>
      {creating && <CallFormModal onClose={() => setCreating(false)} />}
    </>
  );
}
