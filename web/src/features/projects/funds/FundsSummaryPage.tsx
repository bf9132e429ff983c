import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Card, Select, Table } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { PageHeader } from '../../../components/PageHeader';
import { projectsApi } from '../api/client';
import type { FundsRow, FundsSums } from '../api/types';
import { wan } from '../labels';

const thisYear = new Date().getFullYear();

/** The money columns, in the order of the table and of its 合计 row. */
const moneyColumns: { title: string; value: (s: FundsSums) => string | null }[] = [
  { title: '计划资金', value: (s) => s.budget },
  { title: '申请财政资金', value: (s) => s.requested },
  { title: '立项金额', value: (s) => s.approved },
  { title: '已拨付', value: (s) => s.disbursed },
  { title: '县级', value: (s) => s.bySource.county },
  { title: '市级配套', value: (s) => s.bySource.city_match },
  { title: '省级配套', value: (s) => s.bySource.province_match },
  { title: '计划结余', value: (s) => s.remaining },
];

/** 万元 on one line, so the eleven columns scroll instead of breaking every figure in two. */
const Money = ({ value }: { value: string | null }) => <span style={{ whiteSpace: 'nowrap' }}>{wan(value)}</span>;

const columns: ColumnsType<FundsRow> = [
  { title: '年度', dataIndex: 'year', width: 70 },
  { title: '地区', dataIndex: 'regionName', width: 110 },
  { title: '科技计划', dataIndex: 'programmeName' },
  { title: '项目数', dataIndex: 'projects', width: 80, align: 'right' },
  ...moneyColumns.map((c) => ({ title: c.title, key: c.title, align: 'right' as const, render: (_: unknown, r: FundsRow) => <Money value={c.value(r)} /> })),
];

/**
 * Per programme and year: requested, approved, disbursed by source, against the calls' budgets. A
 * province has thousands of programme-years, so the server pages them and sends the 合计 of all.
 */
export default function FundsSummaryPage() {
  const [year, setYear] = useState<number | undefined>(undefined);
  const [paging, setPaging] = useState({ page: 1, pageSize: 20 });
  const q = useQuery({ queryKey: ['projects', 'funds', year, paging], queryFn: () => projectsApi.funds({ year, ...paging }), placeholderData: keepPreviousData });
  const totals = q.data?.totals;
  return (
    <>
      <PageHeader title="项目经费" subTitle="按科技计划和年度汇总，计划资金为当年申报指南资金之和；计划结余只计县级科技计划（推荐上级、自筹备案的项目不用本级计划资金）"
        extra={<Select allowClear placeholder="全部年度" style={{ width: 120 }} value={year} onChange={(y) => { setYear(y); setPaging((p) => ({ ...p, page: 1 })); }}
          options={[0, 1, 2, 3].map((i) => ({ value: thisYear - i, label: `${thisYear - i} 年` }))} />} />
      <Card>
        <Table rowKey={(r) => `${r.programmeId}-${r.year}`} loading={q.isFetching} dataSource={q.data?.items ?? []} data-testid="funds-table" columns={columns} scroll={{ x: 'max-content' }}
          pagination={{ current: paging.page, pageSize: paging.pageSize, total: q.data?.total, showTotal: (n) => `共 ${n} 个计划年度`, onChange: (page, pageSize) => setPaging({ page, pageSize }) }}
          summary={() => totals && (
            <Table.Summary.Row data-testid="funds-totals">
              <Table.Summary.Cell index={0} colSpan={3}>合计（全部 {q.data?.total} 个计划年度）</Table.Summary.Cell>
              <Table.Summary.Cell index={3} align="right">{totals.projects}</Table.Summary.Cell>
              {moneyColumns.map((c, i) => <Table.Summary.Cell key={c.title} index={4 + i} align="right"><Money value={c.value(totals)} /></Table.Summary.Cell>)}
            </Table.Summary.Row>
          )} />
      </Card>
    </>
  );
}
