import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Alert, Card, Select, Space, Table, Tag } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { PageHeader } from '../../../components/PageHeader';
import { RegionCascader } from '../../../components/RegionCascader';
import { enterpriseKeys, enterprisesApi } from '../api/client';
import type { Reminder, ReminderKind } from '../api/types';
import { reminderKindLabels, reminderKinds, severityColors } from '../labels';

interface Query { months: number; kind?: ReminderKind; regionCode?: string; page: number; pageSize: number }

/** 到期提醒: HNTE certificates running out, HNTE annual reports due or missed, 科小 not renewed — soonest first. */
export default function RemindersPage() {
  const [q, setQ] = useState<Query>({ months: 3, page: 1, pageSize: 20 });
  const list = useQuery({ queryKey: enterpriseKeys.reminders({ ...q }), queryFn: () => enterprisesApi.reminders({ ...q }), placeholderData: keepPreviousData });
  const set = (patch: Partial<Query>) => setQ({ ...q, page: 1, ...patch });
  return (
    <>
      <PageHeader title="到期提醒" subTitle="高企证书到期、高企年度发展情况报表待报或逾期、科技型中小企业未续期入库" />
      <Card>
        <Space wrap style={{ marginBottom: 16 }}>
          <Select style={{ width: 150 }} value={q.months} onChange={(months) => set({ months })}
            options={[1, 3, 6, 12].map((m) => ({ value: m, label: `未来 ${m} 个月` }))} />
          <Select allowClear placeholder="提醒类型" style={{ width: 200 }} value={q.kind} onChange={(kind) => set({ kind })}
            options={reminderKinds.map((k) => ({ value: k, label: reminderKindLabels[k] }))} />
          <RegionCascader maxDepth={4} placeholder="所在地区" style={{ width: 240 }} value={q.regionCode} onChange={(regionCode) => set({ regionCode })} />
        </Space>
        {list.error ? <Alert type="error" title={(list.error as Error).message} /> : (
          <Table<Reminder> rowKey={(r) => `${r.enterpriseId}-${r.kind}-${r.dueOn ?? ''}`} size="middle" loading={list.isFetching} dataSource={list.data?.items ?? []}
            data-testid="reminder-table"
            pagination={{ current: q.page, pageSize: q.pageSize, total: list.data?.total, showTotal: (n) => `共 ${n} 条`, onChange: (page, pageSize) => setQ({ ...q, page, pageSize }) }}
            columns={[
              { title: '类型', dataIndex: 'kindLabel', width: 190, render: (v: string, r) => <Tag color={severityColors[r.severity]}>{v}</Tag> },
              { title: '企业名称', dataIndex: 'enterpriseName', width: 260, render: (v: string, r) => <Link to={`/enterprises/${r.enterpriseId}`}>{v}</Link> },
              { title: '截止日期', dataIndex: 'dueOn', width: 120, render: (v: string | null) => v ?? '—' },
              { title: '说明', dataIndex: 'message' },
            ]} />
        )}
      </Card>
    </>
  );
}
