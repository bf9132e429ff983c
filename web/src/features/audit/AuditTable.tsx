import { Alert, Table, type TableColumnsType, Tag, Typography } from 'antd';
import type { AuditRow, Page } from '../../api/types';
import { formatDateTime } from '../../components/format';
import { resultLabels } from './labels';

interface Props {
  data: Page<AuditRow> | undefined;
  loading: boolean;
  error: Error | null;
  onPage: (page: number, pageSize: number) => void;
}

const hasDetails = (r: AuditRow) => !!r.details && Object.keys(r.details).length > 0;

const columns: TableColumnsType<AuditRow> = [
  { title: '编号', dataIndex: 'id', width: 90 },
  { title: '时间', dataIndex: 'at', width: 180, render: (v: string) => formatDateTime(v) },
  { title: '用户', dataIndex: 'username', width: 130, render: (v: string | null) => v ?? <Typography.Text type="secondary">匿名</Typography.Text> },
  { title: 'IP', dataIndex: 'ip', width: 140, render: (v: string | null) => v ?? '—' },
  { title: '操作', dataIndex: 'action', width: 200, render: (v: string) => <Typography.Text code>{v}</Typography.Text> },
  { title: '对象', key: 'object', ellipsis: true,
    render: (_, r) => (r.objectType ? `${r.objectType}${r.objectId ? ` / ${r.objectId}` : ''}` : '—') },
  { title: '结果', dataIndex: 'result', width: 80,
    render: (v: AuditRow['result']) => <Tag color={v === 'success' ? 'green' : 'red'}>{resultLabels[v] ?? v}</Tag> },
];

export function AuditTable({ data, loading, error, onPage }: Props) {
  return (
    <div data-testid="audit-table">
      {error && <Alert type="error" showIcon title={error.message} style={{ marginBottom: 12 }} />}
      <Table<AuditRow> rowKey="id" size="middle" columns={columns} dataSource={data?.items} loading={loading} scroll={{ x: 1000 }}
        expandable={{
          rowExpandable: hasDetails,
          expandedRowRender: (r) => (
            <pre style={{ margin: 0, whiteSpace: 'pre-wrap', wordBreak: 'break-all', fontSize: 12 }}>{JSON.stringify(r.details, null, 2)}</pre>
          ),
        }}
        pagination={{ current: data?.page ?? 1, pageSize: data?.pageSize ?? 20, total: data?.total ?? 0, showSizeChanger: true,
          showTotal: (t) => `共 ${t} 条记录`, onChange: onPage }} />
    </div>
  );
}
