import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Alert, Select, Space, Statistic, Table, type TableColumnsType, type TableProps, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { commissionerKeys, commissionersApi } from '../api/client';
import type { SummaryRow, SummarySort } from '../api/types';

const metrics: Array<[keyof SummaryRow & SummarySort, string]> = [
  ['serviceDays', '服务天数'], ['services', '服务次数'], ['onsiteVisits', '现场指导'], ['trainings', '培训场次'], ['trainedPeople', '培训人次'],
  ['varieties', '新品种'], ['technologies', '新技术'], ['problemsSolved', '解决问题'], ['beneficiaries', '受益人数'],
];

interface View { page: number; pageSize: number; sort: SummarySort; order: 'asc' | 'desc' }
const firstPage: View = { page: 1, pageSize: 50, sort: 'code', order: 'asc' };

/**
 * 服务情况汇总: the figures the annual report quotes, per commissioner and in total. A province has
 * tens of thousands of commissioners, so the server pages and sorts; the totals it sends cover
 * everyone in scope, not only the page shown.
 */
export function SummaryTab({ onOpen }: { onOpen: (id: string) => void }) {
  const [year, setYear] = useState(dayjs().year());
  const [view, setView] = useState<View>(firstPage);
  const query = { year, ...view };
  const q = useQuery({ queryKey: commissionerKeys.summary(query), queryFn: () => commissionersApi.summary(query), placeholderData: keepPreviousData });
  const sortOrder = (key: SummarySort) => (view.sort === key ? (view.order === 'asc' ? 'ascend' as const : 'descend' as const) : null);
  const columns: TableColumnsType<SummaryRow> = [
    { title: '编号', dataIndex: 'code', key: 'code', width: 100, fixed: 'left', sorter: true, sortOrder: sortOrder('code') },
    { title: '姓名', dataIndex: 'name', width: 150, fixed: 'left', render: (v: string, r) => <a onClick={() => onOpen(r.commissionerId)}>{v}</a> },
    ...metrics.map(([key, title]) => ({ title, dataIndex: key, key, width: 90, align: 'right' as const, sorter: true, sortOrder: sortOrder(key) })),
    { title: '最近服务', dataIndex: 'lastDate', key: 'lastDate', width: 110, sorter: true, sortOrder: sortOrder('lastDate'), render: (v: string | null) => v ?? '—' },
  ];
  const onChange: TableProps<SummaryRow>['onChange'] = (pagination, _filters, sorter) => {
    const s = Array.isArray(sorter) ? sorter[0] : sorter;
    const sort = (s?.order ? s.columnKey : 'code') as SummarySort;
    const order = s?.order === 'descend' ? 'desc' : 'asc';
    const resorted = sort !== view.sort || order !== view.order;
    setView({ sort, order, pageSize: pagination.pageSize ?? view.pageSize, page: resorted ? 1 : pagination.current ?? 1 });
  };
  const t = q.data?.totals;
  return (
    <>
      <Space wrap size={24} style={{ marginBottom: 12 }} data-testid="summary-totals">
        <Select value={year} onChange={(y) => { setYear(y); setView((v) => ({ ...v, page: 1 })); }} style={{ width: 110 }}
          options={[0, 1, 2].map((d) => ({ value: dayjs().year() - d, label: `${dayjs().year() - d} 年` }))} />
        {metrics.slice(0, 8).map(([k, label]) => <Statistic key={k} title={label} value={t?.[k] ?? 0} />)}
      </Space>
      <Typography.Paragraph type="secondary">服务天数按日期去重：同一天多条日志计 1 天。合计为全部人员之和（不限于当前页）。</Typography.Paragraph>
      {q.error && <Alert type="error" title={q.error.message} />}
      <Table<SummaryRow> rowKey="commissionerId" size="small" loading={q.isFetching} columns={columns} dataSource={q.data?.items} scroll={{ x: 1200 }}
        onChange={onChange} data-testid="summary-table"
        pagination={{
          current: view.page, pageSize: view.pageSize, total: q.data?.total ?? 0, showSizeChanger: true, pageSizeOptions: [20, 50, 100, 200],
          showTotal: (n) => (q.data?.totalExact === false ? `约 ${n.toLocaleString('zh-CN')} 人（估计值）` : `共 ${n} 人`),
        }} />
    </>
  );
}
