import { PlusOutlined } from '@ant-design/icons';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Alert, Button, Card, Descriptions, Select, Space, Table, Tag } from 'antd';
import { useState } from 'react';
import { fundSourceLabels } from '../../../../../domain/commissioners/vocabulary';
import { adminApi, adminKeys, type Fund } from '../api/admin';
import { totalsByYear, yuan } from '../money';
import { CommissionerPicker } from '../pickers/CommissionerPicker';
import { FundForm } from './FundForm';

/** 科技特派员经费 per commissioner / team and project; totals by year and source, exact to the 分. */
export function FundsCard({ canManage }: { canManage: boolean }) {
  const [year, setYear] = useState<number>();
  const [commissionerId, setCommissionerId] = useState<string>();
  const [adding, setAdding] = useState(false);
  const [paging, setPaging] = useState({ page: 1, pageSize: 10 });
  const filter = { year, commissionerId, ...paging };
  const funds = useQuery({ queryKey: adminKeys.funds(filter), queryFn: () => adminApi.funds(filter), placeholderData: keepPreviousData });
  const filterBy = <T,>(set: (v: T) => void) => (v: T) => { set(v); setPaging((p) => ({ ...p, page: 1 })); };
  const sums = useQuery({ queryKey: adminKeys.fundSums, queryFn: adminApi.fundSums });
  const years = totalsByYear(sums.data?.items ?? []);
  return (
    <Card size="small" title="科技特派员经费" extra={<Space>
      <div style={{ width: 200 }} data-testid="fund-filter"><CommissionerPicker placeholder="按科技特派员筛选" value={commissionerId} onChange={(v) => filterBy(setCommissionerId)(v as string | undefined)} /></div>
      <Select allowClear placeholder="全部年度" style={{ width: 120 }} value={year} onChange={filterBy(setYear)} options={years.map(([y]) => ({ value: y, label: `${y} 年` }))} />
      {canManage && <Button type="primary" size="small" icon={<PlusOutlined />} onClick={() => setAdding(true)}>登记经费</Button>}
    </Space>}>
      {(funds.error ?? sums.error) && <Alert type="error" title={(funds.error ?? sums.error)!.message} />}
      <Descriptions size="small" bordered column={1} style={{ marginBottom: 12 }} data-testid="fund-summary" styles={{ label: { width: 110 } }}>
        {years.map(([y, sum]) => (
          <Descriptions.Item key={y} label={`${y} 年合计`}>
            <b data-testid={`fund-total-${y}`}>{yuan(sum)}</b>
            {(sums.data?.items ?? []).filter((s) => s.year === y).map((s) => <Tag key={s.source} style={{ marginLeft: 12 }}>{fundSourceLabels[s.source]} {yuan(s.amount)}</Tag>)}
          </Descriptions.Item>
        ))}
      </Descriptions>
      <Table<Fund> rowKey="id" size="small" loading={funds.isFetching} dataSource={funds.data?.items} data-testid="funds-table"
        pagination={{ current: paging.page, pageSize: paging.pageSize, total: funds.data?.total ?? 0, showSizeChanger: true,
          onChange: (page, pageSize) => setPaging({ page, pageSize }), showTotal: (n) => `共 ${n} 笔，合计 ${yuan(funds.data?.amount ?? '0')}` }} columns={[
          { title: '年度', dataIndex: 'year', width: 70 }, { title: '项目', dataIndex: 'project' },
          { title: '对象', key: 'who', render: (_, f) => f.team?.name ?? f.commissioner?.name ?? '—' }, { title: '来源', dataIndex: 'sourceLabel', width: 80 },
          { title: '金额', dataIndex: 'amount', align: 'right', render: yuan }, { title: '拨付日期', dataIndex: 'disbursedOn', render: (v: string | null) => v ?? '未拨付' },
          { title: '用途', dataIndex: 'purpose', ellipsis: true },
        ]} />
      {adding && <FundForm onClose={() => setAdding(false)} />}
    </Card>
  );
}
