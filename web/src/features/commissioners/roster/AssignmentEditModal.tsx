import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, DatePicker, Flex, Form, Input, Modal } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { adminApi } from '../api/admin';
import { commissionerKeys, commissionersApi } from '../api/client';
import type { AssignmentRow } from '../api/types';
import { SaveAlert, useLatest, useSaveError } from '../form-feedback';

interface Values { startsOn: Dayjs; endsOn?: Dayjs | null; needs?: string }
const valuesOf = (a: AssignmentRow): Values => ({ startsOn: dayjs(a.startsOn), endsOn: a.endsOn ? dayjs(a.endsOn) : null, needs: a.needs ?? '' });

/** Corrects a 派驻's period or its needs (the target stays; end it and assign anew to change that). */
export function AssignmentEditModal({ assignment: initial, onClose }: { assignment: AssignmentRow; onClose: () => void }) {
  const [form] = Form.useForm<Values>();
  const qc = useQueryClient();
  const { message } = App.useApp();
  const { error, clear, onError } = useSaveError(form, ['startsOn', 'endsOn', 'needs']);
  const [a, reload] = useLatest(initial, adminApi.assignment, (fresh) => {
    form.setFieldsValue(valuesOf(fresh));
    clear();
  });
  const save = useMutation({
    mutationFn: (v: Values) => commissionersApi.updateAssignment(a.id, { version: a.version, startsOn: v.startsOn.format('YYYY-MM-DD'),
      endsOn: v.endsOn?.format('YYYY-MM-DD') ?? null, needs: v.needs || null }),
    onSuccess: () => { void message.success('派驻已保存'); void qc.invalidateQueries({ queryKey: commissionerKeys.all }); onClose(); },
    onError,
  });
  return (
    <Modal open title={`修改派驻：${a.commissioner.name} — ${a.targetName}`} okText="保存" cancelText="取消" confirmLoading={save.isPending} onCancel={onClose} onOk={() => form.submit()}>
      <SaveAlert error={error} onReload={reload} />
      <Form form={form} layout="vertical" initialValues={valuesOf(a)} onFinish={(v) => { clear(); save.mutate(v); }} data-testid="assignment-edit-form">
        <Flex gap={12}>
          <Form.Item name="startsOn" label="开始日期" rules={[{ required: true }]} style={{ flex: 1 }}><DatePicker style={{ width: '100%' }} /></Form.Item>
          <Form.Item name="endsOn" label="结束日期" extra="不填表示仍在派" style={{ flex: 1 }}><DatePicker style={{ width: '100%' }} /></Form.Item>
        </Flex>
        <Form.Item name="needs" label="需求信息"><Input.TextArea rows={3} maxLength={500} /></Form.Item>
      </Form>
    </Modal>
  );
}
