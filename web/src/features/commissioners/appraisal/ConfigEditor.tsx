import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Button, Divider, Drawer, Flex, Form, Input, InputNumber, Space, Switch, Typography } from 'antd';
import { adminApi } from '../api/admin';
import { commissionerKeys, commissionersApi } from '../api/client';
import type { AppraisalConfig, AppraisalItem, SheetRow } from '../api/types';
import { SaveAlert, useLatest, useSaveError } from '../form-feedback';
import { percentToShare, shareToPercent } from '../money';
import { type ItemValue, ItemsEditor } from './ItemsEditor';

interface Values {
  name: string; items: ItemValue[]; bands: AppraisalConfig['bands']; caps: { excellent: string | null; good: string | null };
  rules: AppraisalConfig['rules'];
}

const valuesOf = (s: SheetRow): Values => ({
  name: s.name, bands: s.config.bands, rules: s.config.rules,
  items: s.config.items.map((i) => ({ ...i })),
  caps: { excellent: shareToPercent(s.config.caps.excellent), good: shareToPercent(s.config.caps.good) },
});

const configOf = (v: Values, effectiveYear: number): AppraisalConfig => ({
  effectiveYear, bands: v.bands, rules: { ...v.rules, minDaysForGood: v.rules.minDaysForGood ?? null, minDaysForPass: v.rules.minDaysForPass ?? null },
  caps: { excellent: percentToShare(v.caps.excellent), good: percentToShare(v.caps.good) },
  items: v.items.map((i): AppraisalItem => (i.kind === 'computed'
    ? { key: i.key, label: i.label, weight: String(i.weight), kind: 'computed', metric: i.metric ?? '', target: i.target ?? 0 }
    : { key: i.key, label: i.label, weight: String(i.weight), kind: 'manual' })),
});

const bandItem = (name: string, label: string) => (
  <Form.Item name={['bands', name]} label={label} rules={[{ required: true }]}><InputNumber stringMode min="0" max="100" suffix="分" style={{ width: 120 }} /></Form.Item>
);

/** 考核方案 of a draft sheet: items and weights, grade lines, caps (as %), hard rules; saved with the version, then recomputed. */
export function ConfigEditor({ sheet: initial, onClose }: { sheet: SheetRow; onClose: () => void }) {
  const [form] = Form.useForm<Values>();
  const qc = useQueryClient();
  const { message } = App.useApp();
  const { error, clear, onError } = useSaveError(form, ['name', 'items', 'bands', 'caps', 'rules'], 'config.');
  const [sheet, reload] = useLatest(initial, commissionersApi.sheet, (fresh) => {
    form.setFieldsValue(valuesOf(fresh));
    qc.setQueryData(commissionerKeys.sheet(sheet.id), fresh);
    clear();
  });
  const save = useMutation({
    mutationFn: async (v: Values) => {
      await adminApi.updateSheet(sheet.id, { version: sheet.version, name: v.name, config: configOf(v, sheet.config.effectiveYear) });
      return commissionersApi.sheet(sheet.id); // the server has recomputed the results under the new sheet
    },
    onSuccess: (detail) => {
      qc.setQueryData(commissionerKeys.sheet(sheet.id), detail);
      void qc.invalidateQueries({ queryKey: commissionerKeys.sheets });
      void message.success('考核方案已保存，结果已按新方案重新计算');
      onClose();
    },
    onError,
  });
  return (
    <Drawer open size={900} title={`考核方案：${sheet.name}`} onClose={onClose} data-testid="config-editor"
      extra={<Space><Button onClick={onClose}>取消</Button><Button type="primary" loading={save.isPending} onClick={() => form.submit()}>保存方案</Button></Space>}>
      <SaveAlert error={error} onReload={reload} />
      <Form form={form} layout="vertical" initialValues={valuesOf(sheet)} onFinish={(v) => { clear(); save.mutate(v); }}>
        <Form.Item name="name" label="考核名称" rules={[{ required: true, min: 2, max: 60 }]}><Input /></Form.Item>
        <Divider titlePlacement="start">考核项与分值</Divider>
        <ItemsEditor form={form} />
        <Divider titlePlacement="start">等次分数线</Divider>
        <Flex gap={16} wrap>{bandItem('excellent', '优秀 ≥')}{bandItem('good', '良好 ≥')}{bandItem('pass', '合格 ≥')}</Flex>
        <Divider titlePlacement="start">比例限制（占参评人数，不填则不限）</Divider>
        <Flex gap={16} wrap>
          <Form.Item name={['caps', 'excellent']} label="优秀不超过"><InputNumber stringMode min="0" max="100" suffix="%" style={{ width: 130 }} aria-label="优秀比例上限" /></Form.Item>
          <Form.Item name={['caps', 'good']} label="良好不超过"><InputNumber stringMode min="0" max="100" suffix="%" style={{ width: 130 }} aria-label="良好比例上限" /></Form.Item>
        </Flex>
        <Divider titlePlacement="start">硬性规则</Divider>
        <Flex gap={16} wrap>
          <Form.Item name={['rules', 'minDaysForGood']} label="服务天数少于（天）则至多合格"><InputNumber min={0} max={366} precision={0} style={{ width: 160 }} /></Form.Item>
          <Form.Item name={['rules', 'minDaysForPass']} label="服务天数少于（天）则不合格"><InputNumber min={0} max={366} precision={0} style={{ width: 160 }} /></Form.Item>
          <Form.Item name={['rules', 'materialsRequired']} label="未交考核材料则不合格" valuePropName="checked"><Switch /></Form.Item>
        </Flex>
        <Typography.Text type="secondary">保存后按新方案重新计算全部结果；公布后方案不能再修改。</Typography.Text>
      </Form>
    </Drawer>
  );
}
