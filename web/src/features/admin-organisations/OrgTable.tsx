import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Popconfirm, Space, Table, type TableColumnsType, Tag, Tooltip } from 'antd';
import { orgKeys, orgsApi } from '../../api/organisations';
import type { OrgRow, Page } from '../../api/types';

interface Props {
  data: Page<OrgRow> | undefined;
  loading: boolean;
  error: Error | null;
  canManage: boolean;
  onPage: (page: number, pageSize: number) => void;
  onEdit: (org: OrgRow) => void;
}

function DeleteButton({ org }: { org: OrgRow }) {
  const qc = useQueryClient();
  const { message } = App.useApp();
  const remove = useMutation({
    mutationFn: () => orgsApi.remove(org.id),
    onSuccess: () => {
      void message.success(`已删除 ${org.name}`);
      void qc.invalidateQueries({ queryKey: orgKeys.all });
    },
    onError: (err) => void message.error(err.message),
  });
  if (org.userCount > 0) {
    return <Tooltip title="该单位下还有用户，不能删除"><Button type="link" size="small" danger disabled>删除</Button></Tooltip>;
  }
  return (
    <Popconfirm title={`删除单位“${org.name}”？`} okButtonProps={{ danger: true }} onConfirm={() => remove.mutate()}>
      <Button type="link" size="small" danger loading={remove.isPending}>删除</Button>
    </Popconfirm>
  );
}

export function OrgTable({ data, loading, error, canManage, onPage, onEdit }: Props) {
  const columns: TableColumnsType<OrgRow> = [
    { title: '单位名称', dataIndex: 'name', render: (v: string, o) => <>{v}{o.isDemo && <Tag color="orange" style={{ marginLeft: 6 }}>演示</Tag>}</> },
    { title: '类型', dataIndex: 'kindLabel', width: 130 },
    { title: '所在地区', dataIndex: 'regionName', width: 200, ellipsis: true },
    { title: '统一社会信用代码', dataIndex: 'uscc', width: 200, render: (v: string | null) => v ?? '—' },
    { title: '用户数', dataIndex: 'userCount', width: 80, align: 'right' },
  ];
  if (canManage) {
    columns.push({
      title: '操作', key: 'actions', width: 130,
      render: (_, o) => <Space size={0}><Button type="link" size="small" onClick={() => onEdit(o)}>编辑</Button><DeleteButton org={o} /></Space>,
    });
  }
  return (
    <div data-testid="orgs-table">
      {error && <Alert type="error" showIcon title={error.message} style={{ marginBottom: 12 }} />}
      <Table<OrgRow> rowKey="id" size="middle" columns={columns} dataSource={data?.items} loading={loading} scroll={{ x: 900 }}
        pagination={{ current: data?.page ?? 1, pageSize: data?.pageSize ?? 20, total: data?.total ?? 0, showSizeChanger: true,
          showTotal: (t) => `共 ${t} 个单位`, onChange: onPage }} />
    </div>
  );
}
