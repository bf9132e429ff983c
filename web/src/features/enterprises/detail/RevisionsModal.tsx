import { useQuery } from '@tanstack/react-query';
import { Alert, Modal, Table, Tag } from 'antd';
import { formatDateTime } from '../../../components/format';
import { enterpriseKeys, enterprisesApi } from '../api/client';
import type { AnnualFigures, AnnualRevision } from '../api/types';
import { annualCountFields, annualFieldLabels, annualMoneyFields, yuan } from '../labels';

const sourceLabels: Record<AnnualRevision['source'], string> = { manual: '在线填报', import: '表格导入', seed: '初始数据' };
const keys = [...annualCountFields, ...annualMoneyFields] as const;
const shown = (k: (typeof keys)[number], f: AnnualFigures) => ((annualMoneyFields as readonly string[]).includes(k) ? yuan(String(f[k])) : String(f[k]));

/** What changed against the previous revision (amounts arrive normalised to 2 decimals, so text comparison is exact). */
function changes(rev: AnnualRevision, older: AnnualRevision | undefined): string {
  if (!older) return '首次填报';
  const changed = keys.filter((k) => String(rev.figures[k]) !== String(older.figures[k]));
  return changed.map((k) => `${annualFieldLabels[k]}：${shown(k, older.figures)} → ${shown(k, rev.figures)}`).join('；') || '无变化';
}

/** Every saved version of one year's figures, newest first. */
export function RevisionsModal({ enterpriseId, year, onClose }: { enterpriseId: string; year: number; onClose: () => void }) {
  const q = useQuery({ queryKey: enterpriseKeys.sub(enterpriseId, 'revisions', { year }), queryFn: () => enterprisesApi.revisions(enterpriseId, year) });
  const items = q.data?.items ?? [];
  return (
    <Modal open width={900} title={`${year} 年度数据修订记录`} footer={null} onCancel={onClose}>
      {q.error ? <Alert type="error" title={(q.error as Error).message} /> : (
        <Table<AnnualRevision> rowKey="revision" size="small" loading={q.isFetching} dataSource={items} pagination={false} columns={[
          { title: '版本', dataIndex: 'revision', width: 60 },
          { title: '时间', dataIndex: 'enteredAt', width: 170, render: formatDateTime },
          { title: '填报人', dataIndex: ['enteredBy', 'name'], width: 110, render: (v?: string) => v ?? '—' },
          { title: '来源', dataIndex: 'source', width: 90, render: (s: AnnualRevision['source']) => <Tag>{sourceLabels[s]}</Tag> },
          { title: '变动内容', key: 'changes', render: (_, r, i) => changes(r, items[i + 1]) },
        ]} />
      )}
    </Modal>
  );
}
