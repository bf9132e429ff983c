import { PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Card, Select, Space, Table, Tag } from 'antd';
import { useState } from 'react';
import { baseKindLabels, baseKinds } from '../../../../../domain/commissioners/vocabulary';
import { adminApi, adminKeys, type Base } from '../api/admin';
import { BaseForm } from './BaseForm';

/** 示范基地、服务样本点、帮扶点、工作站, each in a village; staff register new ones. */
export function BasesCard({ canManage }: { canManage: boolean }) {
  const [kind, setKind] = useState<string>();
  const [adding, setAdding] = useState(false);
  const bases = useQuery({ queryKey: adminKeys.bases, queryFn: adminApi.bases });
  const rows = (bases.data?.items ?? []).filter((b) => !kind || b.kind === kind);
  return (
    <Card size="small" title="示范基地与服务点" extra={<Space>
      <Select allowClear placeholder="类型" style={{ width: 170 }} value={kind} onChange={setKind} options={baseKinds.map((k) => ({ value: k, label: baseKindLabels[k] }))} />
      {canManage && <Button type="primary" size="small" icon={<PlusOutlined />} onClick={() => setAdding(true)}>登记基地/服务点</Button>}
    </Space>}>
      {bases.error && <Alert type="error" title={bases.error.message} />}
      <Table<Base> rowKey="id" size="small" loading={bases.isPending} dataSource={rows} pagination={{ pageSize: 10, showTotal: (n) => `共 ${n} 处` }} data-testid="bases-table" columns={[
        { title: '名称', dataIndex: 'name' }, { title: '类型', dataIndex: 'kindLabel', render: (v: string) => <Tag>{v}</Tag> },
        { title: '所在村', dataIndex: 'villageName' }, { title: '负责', key: 'who', render: (_, b) => b.teamName ?? b.commissionerName ?? '—' },
        { title: '产业', dataIndex: 'industry' }, { title: '建立日期', dataIndex: 'establishedOn' },
      ]} />
      {adding && <BaseForm onClose={() => setAdding(false)} />}
    </Card>
  );
}
