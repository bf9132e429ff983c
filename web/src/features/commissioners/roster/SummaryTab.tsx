import { useQuery } from '@tanstack/react-query';
import { Alert, Select, Space, Statistic, Table, type TableColumnsType, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { commissionerKeys, commissionersApi } from '../api/client';
import type { SummaryRow } from '../api/types';

const metrics: Array<[keyof SummaryRow, string]> = [
  ['serviceDays', '服务天数'], ['services', '服务次数'], ['onsiteVisits', '现场指导'], ['trainings', '培训场次'], ['trainedPeople', '培训人次'],
  ['varieties', '新品种'], ['technologies', '新技术'], ['problemsSolved', '解决问题'], ['beneficiaries', '受益人数'],
];

/** 服务情况汇总: the figures the annual report quotes, per commissioner and in total. */
export function SummaryTab({ onOpen }: { onOpen: (id: string) => void }) {
  const [year, setYear] = useState(dayjs().year());
  const q = useQuery({ queryKey: commissionerKeys.summary({ year }), queryFn: () => commissionersApi.summary({ year }) });
  const columns: TableColumnsType<SummaryRow> = [
    { title: '编号', dataIndex: 'code', width: 100, fixed: 'left' },
    { title: '姓名', dataIndex: 'name', width: 150, fixed: 'left', render: (v: string, r) => <a onClick={() => onOpen(r.commissionerId)}>{v}</a> },
    ...metrics.map(([key, title]) => ({ title, dataIndex: key, width: 90, align: 'right' as const, sorter: (a: SummaryRow, b: SummaryRow) => Number(a[key]) - Number(b[key]) })),
    { title: '最近服务', dataIndex: 'lastDate', width: 110, render: (v: string | null) => v ?? '—' },
  ];
  const t = q.data?.totals;
  return (
    <>
      <Space wrap size={24} style={{ marginBottom: 12 }} data-testid="summary-totals">
        <Select value={year} onChange={setYear} style={{ width: 110 }} options={[0, 1, 2].map((d) => ({ value: dayjs().year() - d, label: `${dayjs().year() - d} 年` }))} />
        {metrics.slice(0, 8).map(([k, label]) => <Statistic key={k} title={label} value={t?.[k] ?? 0} />)}
      </Space>
      <Typography.Paragraph type="secondary">服务天数按日期去重：同一天多条日志计 1 天。合计为各人之和。</Typography.Paragraph>
      {q.error && <Alert type="error" title={q.error.message} />}
      <Table<SummaryRow> rowKey="commissionerId" size="small" loading={q.isPending} columns={columns} dataSource={q.data?.items} scroll={{ x: 1200 }}
        pagination={{ pageSize: 50, showTotal: (n) => `共 ${n} 人` }} />
    </>
  );
}
