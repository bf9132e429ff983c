import { Button, Card, Form, Input, Modal, Select, Space, Table, Tag, Timeline } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { useCurrentUser } from '../../../app/auth';
import { formatDate, formatDateTime } from '../../../components/format';
import { regionReaderRoles } from '../access';
import { enterprisesApi } from '../api/client';
import type { BatchEntryRef, EnterpriseDetail, FunnelStage } from '../api/types';
import { FormAlert } from '../form/FormAlert';
import { useFormMutation } from '../form/useFormMutation';
import { batchKindLabels, funnelStageLabels, funnelStages } from '../labels';
import { StageTag } from '../tags';

const LEAVE = '__leave';

function MoveStageModal({ detail: d, onClose }: { detail: EnterpriseDetail; onClose: () => void }) {
  const m = useFormMutation<{ to: FunnelStage | typeof LEAVE; reason: string }>(['to', 'reason'],
    (v) => enterprisesApi.moveFunnel(d.id, { to: v.to === LEAVE ? null : v.to, reason: v.reason.trim(), version: d.version }), '培育阶段已调整', onClose);
  const options = [
    ...funnelStages.filter((s) => s !== d.funnelStage).map((s) => ({ value: s, label: funnelStageLabels[s] })),
    ...(d.funnelStage ? [{ value: LEAVE, label: '移出培育链' }] : []),
  ];
  return (
    <Modal open title="调整培育阶段" okText="确定" onCancel={onClose} confirmLoading={m.pending} onOk={m.submit}>
      <FormAlert error={m.error} />
      <Form form={m.form} layout="vertical" data-testid="move-stage-form">
        <Form.Item label="当前阶段"><StageTag stage={d.funnelStage} label={d.funnelStageLabel} /></Form.Item>
        <Form.Item name="to" label="调整为" rules={[{ required: true, message: '请选择阶段' }]}
          extra="可以向前推进任意阶段、后退一个阶段或移出；进入“高新技术企业”须持有有效的高企证书"><Select options={options} /></Form.Item>
        <Form.Item name="reason" label="调整原因" rules={[{ required: true, min: 2, message: '请填写原因（2–200 字）' }]}>
          <Input.TextArea rows={3} maxLength={200} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** 培育链: current stage, its history and the move action; and the application batches the enterprise was recommended in. */
export function FunnelCard({ detail: d }: { detail: EnterpriseDetail }) {
  const [moving, setMoving] = useState(false);
  const seesBatches = useCurrentUser().roles.some((r) => regionReaderRoles.includes(r));
  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      <Card size="small" title={<Space>培育阶段<StageTag stage={d.funnelStage} label={d.funnelStageLabel} /></Space>}
        extra={d.abilities.moveFunnel && <Button type="primary" onClick={() => setMoving(true)}>调整培育阶段</Button>}>
        {d.funnelHistory.length === 0 ? '暂无培育阶段变动记录' : (
          <Timeline data-testid="funnel-history" items={d.funnelHistory.map((f) => ({
            key: f.id,
            content: <>{formatDateTime(f.at)} {f.by?.name ?? ''}：{f.fromLabel} → <b>{f.toLabel}</b>（{f.reason}）</>,
          }))} />
        )}
      </Card>
      <Card size="small" title="申报批次">
        <Table<BatchEntryRef> rowKey="batchId" size="small" dataSource={d.batchEntries} pagination={false} locale={{ emptyText: '尚未被推荐进入任何批次' }}
          columns={[
            { title: '批次', dataIndex: 'batchName', render: (v: string, b) => (seesBatches ? <Link to={`/enterprise-batches/${b.batchId}`}>{v}</Link> : v) },
            { title: '类型', dataIndex: 'kind', render: (k: BatchEntryRef['kind']) => batchKindLabels[k] },
            { title: '年度', dataIndex: 'year', width: 80 },
            { title: '结果', dataIndex: 'outcomeLabel', width: 130, render: (v: string, b) => <Tag color={b.outcome === 'rejected' ? 'default' : b.outcome === 'recognised' ? 'success' : 'processing'}>{v}</Tag> },
            { title: '更新', dataIndex: 'updatedAt', width: 120, render: formatDate },
          ]} />
      </Card>
      {moving && <MoveStageModal detail={d} onClose={() => setMoving(false)} />}
    </Space>
  );
}
