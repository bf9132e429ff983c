import { Alert, Table, Tag } from 'antd';
import { Link } from 'react-router-dom';
import type { Library, ProjectRow } from '../api/types';
import { stateColors, yuan } from '../labels';

interface Props {
  data: Library | undefined;
  loading: boolean;
  error: unknown;
  onPage: (page: number, pageSize: number) => void;
}

export function LibraryTable({ data, loading, error, onPage }: Props) {
  if (error) return <Alert type="error" title={(error as Error).message} />;
  return (
    <Table<ProjectRow>
      rowKey="id" size="middle" loading={loading} dataSource={data?.items ?? []} data-testid="library-table"
      pagination={{ current: data?.page, pageSize: data?.pageSize, total: data?.total, showTotal: (n) => `共 ${n} 项`, onChange: onPage }}
      columns={[
        { title: '项目名称', dataIndex: 'title', render: (v: string, r) => <Link to={`/projects/${r.id}`}>{v || '（未命名项目）'}</Link> },
        { title: '项目编号', dataIndex: 'projectNo', width: 150, render: (v: string | null) => v ?? '—' },
        { title: '申报单位', dataIndex: ['applicant', 'name'], width: 200 },
        { title: '科技计划', dataIndex: ['programme', 'name'], width: 180 },
        { title: '年度', dataIndex: 'year', width: 70 },
        { title: '状态', dataIndex: 'state', width: 110, render: (s: ProjectRow['state'], r) => <Tag color={stateColors[s]}>{r.stateLabel}</Tag> },
        { title: '申请财政资金', dataIndex: 'requestedFiscal', width: 140, align: 'right', render: yuan },
        { title: '立项金额', dataIndex: 'approvedAmount', width: 130, align: 'right', render: yuan },
        { title: '已拨付', dataIndex: 'disbursed', width: 130, align: 'right', render: yuan },
      ]}
    />
  );
}
