import { PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Card, Table } from 'antd';
import { useState } from 'react';
import { formatDateTime } from '../../../components/format';
import { enterpriseKeys, enterprisesApi } from '../api/client';
import type { AnnualData, EnterpriseDetail } from '../api/types';
import { annualCountFields, annualFieldLabels, annualMoneyFields, yuan } from '../labels';
import { AnnualFormModal } from './AnnualFormModal';
import { RevisionsModal } from './RevisionsModal';

/** Annual figures by year, newest first; amounts shown exactly as the server stores them. */
export function AnnualCard({ detail }: { detail: EnterpriseDetail }) {
  const q = useQuery({ queryKey: enterpriseKeys.sub(detail.id, 'annual'), queryFn: () => enterprisesApi.annual(detail.id) });
  const [editing, setEditing] = useState<AnnualData | 'new' | null>(null);
  const [history, setHistory] = useState<number | null>(null);
  const can = detail.abilities.editAnnualData;
  if (q.error) return <Alert type="error" title={(q.error as Error).message} />;
  const items = q.data?.items ?? [];
  return (
    <Card size="small" title="年度经营与研发数据"
      extra={can && <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')}>填报年度数据</Button>}>
      <Table<AnnualData> rowKey="year" size="small" loading={q.isFetching} dataSource={items} pagination={false} scroll={{ x: 2600 }} data-testid="annual-table"
        columns={[
          { title: '年度', dataIndex: 'year', fixed: 'left', width: 70 },
          ...annualCountFields.slice(0, 2).map((k) => ({ title: annualFieldLabels[k], dataIndex: k, width: 100, align: 'right' as const })),
          ...annualMoneyFields.map((k) => ({ title: annualFieldLabels[k], dataIndex: k, width: 170, align: 'right' as const, render: yuan })),
          ...annualCountFields.slice(2).map((k) => ({ title: annualFieldLabels[k], dataIndex: k, width: 110, align: 'right' as const })),
          { title: '填报人', dataIndex: ['enteredBy', 'name'], width: 100, render: (v?: string) => v ?? '—' },
          { title: '更新时间', dataIndex: 'updatedAt', width: 170, render: formatDateTime },
          { title: '操作', key: 'ops', fixed: 'right' as const, width: can ? 130 : 80, render: (_: unknown, r: AnnualData) => <>
            {can && <Button type="link" size="small" onClick={() => setEditing(r)}>修改</Button>}
            <Button type="link" size="small" onClick={() => setHistory(r.year)}>修订记录</Button>
          </> },
        ]} />
      {editing && <AnnualFormModal enterpriseId={detail.id} existing={editing === 'new' ? null : editing} takenYears={items.map((i) => i.year)}
        onClose={() => setEditing(null)} />}
      {history !== null && <RevisionsModal enterpriseId={detail.id} year={history} onClose={() => setHistory(null)} />}
    </Card>
  );
}
