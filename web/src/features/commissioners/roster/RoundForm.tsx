import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Form, Input, InputNumber, Modal } from 'antd';
import dayjs from 'dayjs';
import { adminApi, adminKeys, type Round } from '../api/admin';
import { SaveAlert, useSaveError } from '../form-feedback';

interface Values { year: number; name: string; quota?: number | null }

/** 新建选聘批次: year, name and an optional quota the selections may not exceed. */
export function RoundForm({ onClose, onCreated }: { onClose: () => void; onCreated: (r: Round) => void }) {
  const [form] = Form.useForm<Values>();
  const qc = useQueryClient();
  const { message } = App.useApp();
  const { error, clear, onError } = useSaveError(form, ['year', 'name', 'quota']);
  const save = useMutation({
    mutationFn: (v: Values) => adminApi.createRound({ year: v.year, name: v.name, quota: v.quota ?? null }),
    onSuccess: (r) => { void message.success(`已新建 ${r.name}`); void qc.invalidateQueries({ queryKey: adminKeys.rounds }); onCreated(r); onClose(); },
    onError,
  });
  const year = dayjs().year();
  return (
    <Modal open title="新建选聘批次" okText="创建" cancelText="取消" onCancel={onClose} confirmLoading={save.isPending} onOk={() => form.submit()}>
      <SaveAlert error={error} />
      <Form form={form} layout="vertical" initialValues={{ year, name: `${year}年度科技特派员选聘` }} onFinish={(v) => { clear(); save.mutate(v); }} data-testid="round-form">
        <Form.Item name="year" label="年度" rules={[{ required: true }]}><InputNumber min={2000} max={2100} style={{ width: '100%' }} /></Form.Item>
        <Form.Item name="name" label="批次名称" rules={[{ required: true, min: 2, max: 60 }]}><Input /></Form.Item>
        <Form.Item name="quota" label="名额" extra="不填则不限"><InputNumber min={1} max={10000} style={{ width: '100%' }} /></Form.Item>
      </Form>
    </Modal>
  );
}
