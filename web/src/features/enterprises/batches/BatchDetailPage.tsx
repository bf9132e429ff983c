import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Descriptions, Spin, Steps } from 'antd';
import { useState } from 'react';
import { useNavigate, useParams } from 'react-router-dom';
import { formatDate } from '../../../components/format';
import { PageHeader } from '../../../components/PageHeader';
import { enterpriseKeys, enterprisesApi } from '../api/client';
import type { BatchEntry } from '../api/types';
import { batchStatusLabels, batchStatuses, nextBatchStatus } from '../labels';
import { BatchEntriesTable } from './BatchEntriesTable';
import { AddEntryModal, OutcomeModal } from './EntryModals';

/** One 申报批次: its stage, the recommended enterprises and their outcomes. */
export function BatchDetailPage() {
  const { batchId = '' } = useParams();
  const { message, modal } = App.useApp();
  const navigate = useNavigate();
  const qc = useQueryClient();
  const [adding, setAdding] = useState(false);
  const [deciding, setDeciding] = useState<BatchEntry | null>(null);
  const q = useQuery({ queryKey: enterpriseKeys.batch(batchId), queryFn: () => enterprisesApi.batch(batchId) });
  const act = useMutation({
    mutationFn: (run: () => Promise<unknown>) => run(),
    onSuccess: () => void qc.invalidateQueries({ queryKey: enterpriseKeys.all }),
    onError: (err) => void message.error((err as Error).message),
  });
  if (q.error) return <Alert type="error" showIcon title={(q.error as Error).message} />;
  const b = q.data;
  if (!b) return <Spin style={{ display: 'block', margin: '80px auto' }} />;
  const next = nextBatchStatus(b.status);
  const confirm = (title: string, run: () => Promise<unknown>, after?: () => void) =>
    modal.confirm({ title, onOk: () => act.mutateAsync(run).then(after) });
  return (
    <>
      <PageHeader title={b.name} subTitle={`${b.kindLabel} · ${b.year} 年 · 创建于 ${formatDate(b.createdAt)}`} extra={<>
        {b.abilities.addEntries && <Button onClick={() => setAdding(true)}>推荐企业</Button>}
        {b.abilities.advance && next && <Button type="primary" loading={act.isPending}
          onClick={() => confirm(`批次进入“${batchStatusLabels[next]}”阶段？`, () => enterprisesApi.advanceBatch(b.id, { version: b.version, to: next }))}>
          进入“{batchStatusLabels[next]}”</Button>}
        {b.abilities.update && b.status === 'recommending' && <Button danger
          onClick={() => confirm('删除该批次？', () => enterprisesApi.deleteBatch(b.id), () => navigate('/enterprise-batches'))}>删除批次</Button>}
      </>} />
      <Card style={{ marginBottom: 16 }}>
        <Steps current={batchStatuses.indexOf(b.status)} items={batchStatuses.map((s) => ({ title: batchStatusLabels[s] }))} />
        {b.notes && <Descriptions style={{ marginTop: 16 }} size="small" items={[{ key: 'notes', label: '备注', children: b.notes }]} />}
      </Card>
      <Card title={`推荐企业（${b.entryCount}）`}>
        <BatchEntriesTable batch={b} onDecide={setDeciding}
          onRemove={(e) => confirm(`将 ${e.enterprise.name} 移出批次？`, () => enterprisesApi.removeEntry(b.id, e.id))} />
      </Card>
      {adding && <AddEntryModal batch={b} onClose={() => setAdding(false)} />}
      {deciding && <OutcomeModal batch={b} entry={deciding} onClose={() => setDeciding(null)} />}
    </>
  );
}
