import { Alert, Table, type TableColumnsType, Tag } from 'antd';
import type { Page } from '../../../api/types';
import type { CommissionerRow } from '../api/types';
import { statusColors } from '../access';

interface Props {
  data: Page<CommissionerRow> | undefined;
  loading: boolean;
  error: Error | null;
  onPage: (page: number, pageSize: number) => void;
  onOpen: (row: CommissionerRow) => void;
  selectable?: { selected: string[]; onChange: (ids: string[]) => void };
}

export function RosterTable({ data, loading, error, onPage, onOpen, selectable }: Props) {
  const columns: TableColumnsType<CommissionerRow> = [
    { title: '编号', dataIndex: 'code', width: 110 },
    { title: '姓名/名称', dataIndex: 'name', render: (v: string, r) => (
      <a onClick={() => onOpen(r)}>{v}{r.isStudent && <Tag color="cyan" style={{ marginLeft: 6 }}>大学生</Tag>}{r.isDemo && <Tag color="orange" style={{ marginLeft: 6 }}>演示</Tag>}</a>
    ) },
    { title: '级别', dataIndex: 'levelLabel', width: 70 },
    { title: '形式', dataIndex: 'formLabel', width: 60 },
    { title: '专业领域', dataIndex: 'field', width: 110 },
    { title: '工作单位', dataIndex: 'workUnit', ellipsis: true },
    { title: '职称', dataIndex: 'title', width: 100, render: (v: string | null) => v ?? '—' },
    { title: '派驻村', dataIndex: 'activeVillages', width: 70, align: 'right' },
    { title: '手机', dataIndex: 'phoneMasked', width: 120, render: (v: string | null) => v ?? '—' },
    { title: '状态', dataIndex: 'statusLabel', width: 80, render: (v: string, r) => <Tag color={statusColors[r.status]}>{v}</Tag> },
  ];
  return (
    <div data-testid="roster-table">
      {error && <Alert type="error" showIcon title={error.message} style={{ marginBottom: 12 }} />}
      <Table<CommissionerRow> rowKey="id" size="middle" columns={columns} dataSource={data?.items} loading={loading} scroll={{ x: 1100 }}
        rowSelection={selectable ? { selectedRowKeys: selectable.selected, onChange: (keys) => selectable.onChange(keys as string[]) } : undefined}
        pagination={{ current: data?.page ?? 1, pageSize: data?.pageSize ?? 20, total: data?.total ?? 0, showSizeChanger: true, showTotal: (t) => `共 ${t} 人`, onChange: onPage }} />
    </div>
  );
}
