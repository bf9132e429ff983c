import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Table, Tag } from 'antd';
import { useState } from 'react';
import { formatDate } from '../../../components/format';
import type { EnterpriseDetail, Tier } from '../api/types';
import { tierColors, tierStateColors } from '../labels';
import { EndTierModal, TierFormModal } from './TierModals';

/** Every tier row ever recorded (newest first), with the state it has today. */
export function TiersCard({ detail: d }: { detail: EnterpriseDetail }) {
  const [adding, setAdding] = useState(false);
  const [ending, setEnding] = useState<Tier | null>(null);
  const manage = d.abilities.manageTiers;
  return (
    <Card size="small" title="资质记录" extra={manage && <Button type="primary" icon={<PlusOutlined />} onClick={() => setAdding(true)}>登记资质</Button>}>
      <Table<Tier> rowKey="id" size="small" dataSource={d.tierHistory} pagination={false} data-testid="tier-table" columns={[
        { title: '资质', dataIndex: 'kindLabel', render: (v: string, t) => <Tag color={tierColors[t.kind]}>{v}</Tag> },
        { title: '证书/登记编号', dataIndex: 'number', render: (v: string | null) => v ?? '—' },
        { title: '年度', dataIndex: 'year', width: 70, render: (v: number | null) => v ?? '—' },
        { title: '发证日期', dataIndex: 'issuedOn', width: 110, render: formatDate },
        { title: '有效期', key: 'valid', width: 210, render: (_, t) => `${t.validFrom} 至 ${t.validUntil ?? '长期'}` },
        { title: '状态', dataIndex: 'stateLabel', width: 100, render: (v: string, t) => <Tag color={tierStateColors[t.state]}>{v}</Tag> },
        { title: '说明', key: 'note', render: (_, t) => [t.note, t.endedReason].filter(Boolean).join('；') || '—' },
        ...(manage ? [{ title: '操作', key: 'op', width: 90, render: (_: unknown, t: Tier) =>
          t.status === 'active' && <Button type="link" size="small" danger onClick={() => setEnding(t)}>终止</Button> }] : []),
      ]} />
      {adding && <TierFormModal enterpriseId={d.id} onClose={() => setAdding(false)} />}
      {ending && <EndTierModal enterpriseId={d.id} tier={ending} onClose={() => setEnding(null)} />}
    </Card>
  );
}
