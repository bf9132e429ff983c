import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Form, InputNumber, Modal, Switch, Typography } from 'antd';
import { commissionerKeys, commissionersApi } from '../api/client';
import type { ResultRow, SheetDetail } from '../api/types';

/** Staff-entered items of one commissioner; saving recomputes ranks and caps for the whole sheet. */
export function InputModal({ sheet, row, onClose }: { sheet: SheetDetail; row: ResultRow; onClose: () => void }) {
  const [form] = Form.useForm();
  const qc = useQueryClient();
  const { message } = App.useApp();
  const manual = sheet.config.items.filter((i) => i.kind === 'manual');
  const save = useMutation({
    mutationFn: (v: Record<string, number | boolean | null>) => commissionersApi.saveInput(sheet.id, row.commissioner.id, {
      materialsSubmitted: Boolean(v.materialsSubmitted),
      manual: Object.fromEntries(manual.filter((i) => v[i.key] !== null && v[i.key] !== undefined).map((i) => [i.key, String(v[i.key])])),
    }),
    onSuccess: (detail) => {
      qc.setQueryData(commissionerKeys.sheet(sheet.id), detail);
      void qc.invalidateQueries({ queryKey: commissionerKeys.sheets });
      void message.success('已保存并重新计算');
      onClose();
    },
    onError: (err) => void message.error(err.message),
  });
  const initial = { materialsSubmitted: row.materialsSubmitted, ...Object.fromEntries(manual.map((i) => [i.key, row.manual[i.key] === undefined ? null : Number(row.manual[i.key])])) };
  return (
    <Modal open title={`评分：${row.commissioner.name}（${row.commissioner.code}）`} okText="保存并重算" cancelText="取消" confirmLoading={save.isPending} onCancel={onClose} onOk={() => form.submit()}>
      <Form form={form} layout="horizontal" labelCol={{ span: 10 }} initialValues={initial} onFinish={(v) => save.mutate(v)} data-testid="input-form">
        {manual.map((i) => (
          <Form.Item key={i.key} name={i.key} label={`${i.label}（满分 ${i.weight}）`}>
            <InputNumber min={0} max={Number(i.weight)} step={0.5} precision={2} style={{ width: 140 }} />
          </Form.Item>
        ))}
        <Form.Item name="materialsSubmitted" label="已提交考核材料" valuePropName="checked"><Switch /></Form.Item>
      </Form>
      <Typography.Text type="secondary">服务天数等计算项来自服务日志，不能手工修改。</Typography.Text>
    </Modal>
  );
}
