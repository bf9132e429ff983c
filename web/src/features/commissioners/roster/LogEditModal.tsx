import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, DatePicker, Flex, Form, Input, InputNumber, Modal, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { serviceTypeLabels, serviceTypes } from '../../../../../domain/commissioners/vocabulary';
import { adminApi } from '../api/admin';
import { commissionerKeys } from '../api/client';
import type { LogRow } from '../api/types';
import { SaveAlert, useLatest, useSaveError } from '../form-feedback';
import { VillagePicker } from '../pickers/VillagePicker';

const counts = [['beneficiaries', '受益人数'], ['trained', '培训人数'], ['varieties', '新品种（项）'], ['technologies', '新技术（项）'], ['problemsSolved', '解决问题（个）']] as const;
type Values = Pick<LogRow, 'villageCode' | 'place' | 'type' | 'content' | 'beneficiaries' | 'trained' | 'varieties' | 'technologies' | 'problemsSolved'> & { serviceDate: Dayjs };
const fields = ['serviceDate', 'villageCode', 'place', 'type', 'content', ...counts.map(([k]) => k)];
const valuesOf = (l: LogRow): Values => ({ ...l, serviceDate: dayjs(l.serviceDate) });

/**
 * Corrects a service log (photos stay as uploaded), saved with its version: staff pick any village of
 * the county; a commissioner on the phone passes `villages`, the ones they are assigned to.
 */
export function LogEditModal({ log: initial, villages, onClose }: { log: LogRow; villages?: Array<{ code: string; name: string }>; onClose: () => void }) {
  const [form] = Form.useForm<Values>();
  const qc = useQueryClient();
  const { message } = App.useApp();
  const { error, clear, onError } = useSaveError(form, fields);
  const [log, reload] = useLatest(initial, adminApi.log, (fresh) => {
    form.setFieldsValue(valuesOf(fresh));
    clear();
  });
  const save = useMutation({
    mutationFn: (v: Values) => adminApi.updateLog(log.id, { ...v, version: log.version, serviceDate: v.serviceDate.format('YYYY-MM-DD'), villageCode: v.villageCode ?? null }),
    onSuccess: () => { void message.success('服务日志已保存'); void qc.invalidateQueries({ queryKey: commissionerKeys.all }); onClose(); },
    onError,
  });
  return (
    <Modal open title={`修改服务日志：${log.commissioner.name} ${log.serviceDate}`} okText="保存" cancelText="取消" width={640} confirmLoading={save.isPending}
      onCancel={onClose} onOk={() => form.submit()}>
      <SaveAlert error={error} onReload={reload} />
      <Form form={form} layout="vertical" initialValues={valuesOf(log)} onFinish={(v) => { clear(); save.mutate(v); }} data-testid="log-edit-form">
        <Flex gap={12}>
          <Form.Item name="serviceDate" label="服务日期" rules={[{ required: true }]} style={{ flex: 1 }}><DatePicker style={{ width: '100%' }} /></Form.Item>
          <Form.Item name="type" label="服务方式" style={{ flex: 1 }}><Select options={serviceTypes.map((t) => ({ value: t, label: serviceTypeLabels[t] }))} /></Form.Item>
        </Flex>
        <Form.Item name="villageCode" label="服务村">
          {villages ? <Select allowClear options={villages.map((v) => ({ value: v.code, label: v.name }))} /> : <VillagePicker allowClear />}
        </Form.Item>
        <Form.Item name="place" label="服务地点" rules={[{ required: true }]}><Input /></Form.Item>
        <Form.Item name="content" label="服务内容" rules={[{ required: true }]}><Input.TextArea rows={3} /></Form.Item>
        <Flex gap={8} wrap>
          {counts.map(([k, label]) => <Form.Item key={k} name={k} label={label} style={{ width: 110 }}><InputNumber min={0} precision={0} style={{ width: '100%' }} /></Form.Item>)}
        </Flex>
      </Form>
    </Modal>
  );
}
