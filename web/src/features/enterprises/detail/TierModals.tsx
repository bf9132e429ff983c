import { Form, Input, InputNumber, Modal, Radio, Select } from 'antd';
import { enterprisesApi } from '../api/client';
import { DateItem } from '../form/DateItem';
import { FormAlert } from '../form/FormAlert';
import { useFormMutation } from '../form/useFormMutation';
import type { Tier, TierKind } from '../api/types';
import { tierKindLabels, tierKinds } from '../labels';

type TierValues = { kind: TierKind; number?: string; year?: number; issuedOn?: string; validFrom?: string; validUntil?: string; note?: string };
const tierFields = ['kind', 'number', 'year', 'issuedOn', 'validFrom', 'validUntil', 'note'];

/** 登记资质: 高企 needs number + issue date (valid three years), 科小 a year, the others a start date. */
export function TierFormModal({ enterpriseId, onClose }: { enterpriseId: string; onClose: () => void }) {
  const m = useFormMutation<TierValues>(tierFields, (v) => enterprisesApi.addTier(enterpriseId, v), '资质已登记', onClose);
  const kind = Form.useWatch('kind', m.form);
  return (
    <Modal open title="登记资质" okText="登记" onCancel={onClose} confirmLoading={m.pending} onOk={m.submit}>
      <FormAlert error={m.error} />
      <Form form={m.form} layout="vertical" initialValues={{ kind: 'hnte' }}>
        <Form.Item name="kind" label="资质类型" rules={[{ required: true }]}>
          <Select options={tierKinds.map((k) => ({ value: k, label: tierKindLabels[k] }))} />
        </Form.Item>
        <Form.Item name="number" label="证书/登记编号" rules={kind === 'hnte' ? [{ required: true, message: '请填写高企证书编号' }] : []}
          extra={kind === 'hnte' ? 'GR + 4 位年份 + 2 位省份代码 + 6 位序号' : undefined}>
          <Input maxLength={40} />
        </Form.Item>
        {kind === 'tech_sme' && <Form.Item name="year" label="入库年度" rules={[{ required: true, message: '请填写年度' }]}>
          <InputNumber min={2000} max={2100} precision={0} style={{ width: '100%' }} />
        </Form.Item>}
        <DateItem name="issuedOn" label="发证/入库日期" required={kind === 'hnte'} extra={kind === 'hnte' ? '有效期自发证日起三年' : undefined} />
        {kind !== 'hnte' && kind !== 'tech_sme' && <>
          <DateItem name="validFrom" label="生效日期" required />
          <DateItem name="validUntil" label="失效日期" extra="留空表示长期有效" />
        </>}
        <Form.Item name="note" label="备注"><Input maxLength={200} /></Form.Item>
      </Form>
    </Modal>
  );
}

/** Ends a tier (rows are never deleted): superseded by a newer one, or revoked. */
export function EndTierModal({ enterpriseId, tier, onClose }: { enterpriseId: string; tier: Tier; onClose: () => void }) {
  const m = useFormMutation<{ outcome: 'superseded' | 'revoked'; reason: string }>(['outcome', 'reason'],
    (v) => enterprisesApi.endTier(enterpriseId, tier.id, v), '资质已终止', onClose);
  return (
    <Modal open title={`终止资质：${tier.kindLabel}${tier.number ? ` ${tier.number}` : ''}`} okText="确认终止" okButtonProps={{ danger: true }}
      onCancel={onClose} confirmLoading={m.pending} onOk={m.submit}>
      <FormAlert error={m.error} />
      <Form form={m.form} layout="vertical" initialValues={{ outcome: 'revoked' }}>
        <Form.Item name="outcome" label="处理方式"><Radio.Group options={[{ value: 'revoked', label: '撤销' }, { value: 'superseded', label: '已被替代' }]} /></Form.Item>
        <Form.Item name="reason" label="原因" rules={[{ required: true, min: 2, message: '请填写原因（至少 2 个字）' }]}><Input.TextArea maxLength={200} rows={3} /></Form.Item>
      </Form>
    </Modal>
  );
}
