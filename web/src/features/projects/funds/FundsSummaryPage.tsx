import { useQuery } from '@tanstack/react-query';
import { Card, Select, Table } from 'antd';
import { useState } from 'react';
import { PageHeader } from '../../../components/PageHeader';
import { projectsApi } from '../api/client';
import { wan } from '../labels';

const thisYear = new Date().getFullYear();

/** Per programme and year: requested, approved, disbursed by source, against the calls' budgets. */
export default function FundsSummaryPage() {
  const [year, setYear] = useState<number | undefined>(undefined);
  const q = useQuery({ queryKey: ['projects', 'funds', year], queryFn: () => projectsApi.funds(year) });
  return (
    <>
      <PageHeader title="项目经费" subTitle="按科技计划和年度汇总，计划资金为当年申报指南资金之和"
        extra={<Select allowClear placeholder="全部年度" style={{ width: 120 }} value={year} onChange={setYear}
          options={[0, 1, 2, 3].map((i) => ({ value: thisYear - i, label: `${thisYear - i} 年` }))} />} />
      <Card>
        <Table rowKey={(r) => `${r.programmeId}-${r.year}`} loading={q.isFetching} dataSource={q.data?.items ?? []} pagination={false} data-testid="funds-table"
          columns={[
            { title: '年度', dataIndex: 'year', width: 70 },
            { title: '科技计划', dataIndex: 'programmeName' },
            { title: '项目数', dataIndex: 'projects', width: 80 },
            { title: '计划资金', dataIndex: 'budget', render: wan },
            { title: '申请财政资金', dataIndex: 'requested', render: wan },
            { title: '立项金额', dataIndex: 'approved', render: wan },
            { title: '已拨付', dataIndex: 'disbursed', render: wan },
            { title: '县级', dataIndex: ['bySource', 'county'], render: wan },
            { title: '市级配套', dataIndex: ['bySource', 'city_match'], render: wan },
            { title: '省级配套', dataIndex: ['bySource', 'province_match'], render: wan },
            { title: '计划结余', dataIndex: 'remaining', render: wan },
          ]} />
      </Card>
    </>
  );
}
