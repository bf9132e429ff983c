import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, AutoComplete, DatePicker, Form, Input, Modal, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { baseKindLabels, baseKinds, type BaseKind, commonFields } from '../../../../../domain/commissioners/vocabulary';
import { adminApi, adminKeys } from '../api/admin';
import { levelOptions } from '../access';
import { SaveAlert, useSaveError } from '../form-feedback';
import { CommissionerPicker } from '../pickers/CommissionerPicker';
import { VillagePicker } from '../pickers/VillagePicker';

interface Values { name: string; kind: BaseKind; level?: string; villageCode: string; commissionerId?: string; teamId?: string; industry?: string; establishedOn?: Dayjs; notes?: string }
const fields = ['name', 'kind', 'level', 'villageCode', 'commissionerId', 'teamId', 'industry', 'establishedOn', 'notes'];

/** 登记 a 示范基地 / 服务样本点 / 帮扶点 / 工作站 in a village of the county, with who runs it. */
export function BaseForm({ onClose }: { onClose: () => void }) {
  const [form] = Form.useForm<Values>();
  const qc = useQueryClient();
  const { message } = App.useApp();
  const teams = useQuery({ queryKey: adminKeys.teams, queryFn: adminApi.teams });
  const { error, clear, onError } = useSaveError(form, fields);
  const save = useMutation({
    mutationFn: (v: Values) => adminApi.createBase({ ...v, level: v.level ?? null, commissionerId: v.commissionerId ?? null, teamId: v.teamId ?? null,
      industry: v.industry || null, notes: v.notes || null, establishedOn: v.establishedOn?.format('YYYY-MM-DD') ?? null }),
    onSuccess: () => { void message.success('已登记'); void qc.invalidateQueries({ queryKey: adminKeys.bases }); onClose(); },
    onError,
  });
  return (
    <Modal open title="登记示范基地或服务点" okText="保存" cancelText="取消" width={620} confirmLoading={save.isPending} onCancel={onClose} onOk={() => form.submit()}>
      <SaveAlert error={error} />
      <Form form={form} layout="vertical" initialValues={{ kind: 'service_point' }} onFinish={(v) => { clear(); save.mutate(v); }} data-testid="base-form">
        <Form.Item name="name" label="名称" rules={[{ required: true, min: 2, max: 100 }]}><Input /></Form.Item>
        <Form.Item name="kind" label="类型"><Select options={baseKinds.map((k) => ({ value: k, label: baseKindLabels[k] }))} /></Form.Item>
        <Form.Item name="villageCode" label="所在村" rules={[{ required: true, message: '请选择村' }]}><VillagePicker /></Form.Item>
        <Form.Item name="level" label="级别"><Select allowClear options={levelOptions} /></Form.Item>
        <Form.Item name="commissionerId" label="负责科技特派员"><CommissionerPicker /></Form.Item>
        <Form.Item name="teamId" label="负责科技特派团">
          <Select allowClear loading={teams.isPending} options={(teams.data?.items ?? []).map((t) => ({ value: t.id, label: t.name }))} />
        </Form.Item>
        <Form.Item name="industry" label="产业"><AutoComplete options={commonFields.map((f) => ({ value: f }))} /></Form.Item>
        <Form.Item name="establishedOn" label="建立日期"><DatePicker style={{ width: '100%' }} /></Form.Item>
        <Form.Item name="notes" label="备注"><Input.TextArea rows={2} maxLength={500} /></Form.Item>
      </Form>
    </Modal>
  );
}
