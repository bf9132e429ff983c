import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Button, Input, Select, Space, Table, Tag } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { entryOutcomes, isFinalOutcome } from '../../../../../domain/enterprise/batches';
import { enterpriseKeys, enterprisesApi } from '../api/client';
import type { BatchDetail, BatchEntry, EntryOutcome } from '../api/types';
import { entryOutcomeLabels } from '../labels';

interface Props {
  batch: BatchDetail;
  onDecide(entry: BatchEntry): void;
  onRemove(entry: BatchEntry): void;
}

const outcomeColor = (o: EntryOutcome) => (o === 'rejected' ? 'default' : o === 'recognised' ? 'success' : 'processing');

/** The batch's enterprises a page at a time (a city's batch can hold thousands), by name, filtered by outcome or name/USCC. */
export function BatchEntriesTable({ batch, onDecide, onRemove }: Props) {
  const [filter, setFilter] = useState<{ outcome?: EntryOutcome; q?: string; page: number; pageSize: number }>({ page: 1, pageSize: 20 });
  const q = useQuery({
    queryKey: enterpriseKeys.batchEntries(batch.id, filter), queryFn: () => enterprisesApi.batchEntries(batch.id, filter), placeholderData: keepPreviousData,
  });
  return (
    <>
      <Space wrap style={{ marginBottom: 12 }}>
        <Select<EntryOutcome> allowClear placeholder="全部结果" style={{ width: 150 }} value={filter.outcome} data-testid="entry-outcome-filter"
          options={entryOutcomes.map((o) => ({ value: o, label: `${entryOutcomeLabels[o]}（${batch.outcomeCounts[o] ?? 0}）` }))}
          onChange={(outcome) => setFilter({ ...filter, outcome, page: 1 })} />
        <Input.Search allowClear placeholder="企业名称或统一社会信用代码" style={{ width: 280 }} maxLength={50}
          onSearch={(text) => setFilter({ ...filter, q: text.trim() || undefined, page: 1 })} />
      </Space>
      <Table<BatchEntry> rowKey="id" size="middle" loading={q.isFetching} dataSource={q.data?.items ?? []} data-testid="batch-entries"
        pagination={{ current: filter.page, pageSize: filter.pageSize, total: q.data?.total, showTotal: (n) => `共 ${n} 家`, onChange: (page, pageSize) => setFilter({ ...filter, page, pageSize }) }}
        columns={[
          { title: '企业名称', key: 'name', render: (_, e) => <Link to={`/enterprises/${e.enterprise.id}`}>{e.enterprise.name}</Link> },
          { title: '统一社会信用代码', key: 'uscc', width: 200, render: (_, e) => e.enterprise.uscc },
          { title: '结果', dataIndex: 'outcomeLabel', width: 130, render: (v: string, e) => <Tag color={outcomeColor(e.outcome)}>{v}</Tag> },
          { title: '说明', dataIndex: 'reason', render: (v: string | null) => v ?? '—' },
          ...(batch.abilities.update ? [{ title: '操作', key: 'op', width: 160, render: (_: unknown, e: BatchEntry) => <>
            {!isFinalOutcome(e.outcome) && <Button type="link" size="small" onClick={() => onDecide(e)}>登记结果</Button>}
            {batch.abilities.addEntries && <Button type="link" size="small" danger onClick={() => onRemove(e)}>移出</Button>}
          </> }] : []),
        ]} />
    </>
  );
}
