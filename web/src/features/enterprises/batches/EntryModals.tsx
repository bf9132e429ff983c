import { useQuery } from '@tanstack/react-query';
import { Form, Input, Modal, Select } from 'antd';
import { useState } from 'react';
import { entryOutcomeProblem } from '../../../../../domain/enterprise/batches';
import { enterpriseKeys, enterprisesApi } from '../api/client';
import type { BatchDetail, BatchEntry, EntryOutcome } from '../api/types';
import { DateItem } from '../form/DateItem';
import { FormAlert } from '../form/FormAlert';
import { useFormMutation } from '../form/useFormMutation';
import { entryOutcomeLabels } from '../labels';

/** 推荐企业: pick an enterprise of the region by name or USCC. */
export function AddEntryModal({ batch, onClose }: { batch: BatchDetail; onClose: () => void }) {
  const [search, setSearch] = useState('');
  const query = { q: search || undefined, page: 1, pageSize: 20 };
  const found = useQuery({ queryKey: enterpriseKeys.list(query), queryFn: () => enterprisesApi.list(query) });
  const m = useFormMutation<{ enterpriseId: string }>(['enterpriseId'], (v) => enterprisesApi.addEntry(batch.id, v.enterpriseId), '已推荐进入批次', onClose);
  return (
    <Modal open title="推荐企业进入批次" okText="推荐" onCancel={onClose} confirmLoading={m.pending} onOk={m.submit}>
      <FormAlert error={m.error} />
      <Form form={m.form} layout="vertical">
        <Form.Item name="enterpriseId" label="企业" rules={[{ required: true, message: '请选择企业' }]}>
          <Select showSearch={{ filterOption: false, onSearch: setSearch }} placeholder="输入企业名称或统一社会信用代码" loading={found.isFetching}
            options={(found.data?.items ?? []).map((e) => ({ value: e.id, label: `${e.name}（${e.uscc}）` }))} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

type OutcomeValues = { outcome: EntryOutcome; reason?: string; number?: string; issuedOn?: string };

/** 登记结果: the next outcome the batch stage allows, or 未通过; 认定 records the certificate and creates the tier. */
export function OutcomeModal({ batch, entry, onClose }: { batch: BatchDetail; entry: BatchEntry; onClose: () => void }) {
  const m = useFormMutation<OutcomeValues>(['outcome', 'reason', 'number', 'issuedOn'], ({ outcome, reason, number, issuedOn }) =>
    enterprisesApi.setOutcome(batch.id, entry.id, { outcome, reason: reason?.trim() || undefined, ...(outcome === 'recognised' ? { certificate: { number, issuedOn } } : {}) }),
  '结果已登记', onClose);
  const outcome = Form.useWatch('outcome', m.form);
  const choices = (['passed_review', 'publicised', 'recognised', 'rejected'] as const).filter((o) => !entryOutcomeProblem(batch.status, entry.outcome, o));
  const hnte = batch.kind === 'hnte';
  return (
    <Modal open title={`登记结果：${entry.enterprise.name}`} okText="登记" onCancel={onClose} confirmLoading={m.pending} onOk={m.submit}>
      <FormAlert error={m.error} />
      <Form form={m.form} layout="vertical" initialValues={{ outcome: choices[0] }}>
        <Form.Item name="outcome" label="结果" rules={[{ required: true }]} extra={`当前：${entry.outcomeLabel}；批次阶段：${batch.statusLabel}`}>
          <Select options={choices.map((o) => ({ value: o, label: entryOutcomeLabels[o] }))} />
        </Form.Item>
        {outcome === 'recognised' && <>
          <Form.Item name="number" label={hnte ? '高企证书编号' : '科小入库登记编号'} rules={[{ required: true, message: '请填写编号' }]}><Input maxLength={40} /></Form.Item>
          <DateItem name="issuedOn" label={hnte ? '发证日期' : '入库日期'} required={hnte} />
        </>}
        <Form.Item name="reason" label="说明" rules={outcome === 'rejected' ? [{ required: true, message: '请说明未通过的原因' }] : []}>
          <Input.TextArea rows={2} maxLength={200} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
