import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Button, DatePicker, Form, Input, Radio } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { applyApiError } from '../../../components/form-errors';
import { commissionerKeys, commissionersApi } from '../api/client';
import { VillagePicker } from '../pickers/VillagePicker';

/** 派驻 one commissioner: pick township then village from the region tree, or name a cooperative. */
export function AssignmentForm({ commissionerId, onDone }: { commissionerId: string; onDone: () => void }) {
  const [form] = Form.useForm();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const kind = Form.useWatch('targetKind', form) ?? 'village';
  const save = useMutation({
    mutationFn: (v: { targetKind: string; villageCode?: string; targetName?: string; startsOn: Dayjs; needs?: string }) =>
      commissionersApi.assign({ commissionerId, targetKind: v.targetKind, villageCode: v.villageCode, targetName: v.targetName, startsOn: v.startsOn.format('YYYY-MM-DD'), needs: v.needs || undefined }),
    onSuccess: (a) => {
      void message.success(`已派驻到 ${a.targetName}`);
      void qc.invalidateQueries({ queryKey: commissionerKeys.all });
      form.resetFields();
      onDone();
    },
    onError: (err) => {
      const rest = applyApiError(form, err, ['villageCode', 'targetName', 'startsOn']);
      if (rest) void message.error(rest);
    },
  });
  return (
    <Form form={form} layout="vertical" size="small" initialValues={{ targetKind: 'village', startsOn: dayjs() }} onFinish={(v) => save.mutate(v)} data-testid="assignment-form">
      <Form.Item name="targetKind" label="派驻对象">
        <Radio.Group options={[{ value: 'village', label: '行政村' }, { value: 'cooperative', label: '合作社/家庭农场' }, { value: 'enterprise', label: '企业' }]} />
      </Form.Item>
      {kind === 'village' ? (
        <Form.Item name="villageCode" label="行政村" rules={[{ required: true, message: '请选择村' }]}><VillagePicker /></Form.Item>
      ) : (
        <Form.Item name="targetName" label="名称" rules={[{ required: true, min: 2 }]}><Input placeholder="如：某某种植专业合作社" /></Form.Item>
      )}
      <Form.Item name="startsOn" label="开始日期" rules={[{ required: true }]}><DatePicker style={{ width: '100%' }} /></Form.Item>
      <Form.Item name="needs" label="需求信息"><Input.TextArea rows={2} /></Form.Item>
      <Button type="primary" htmlType="submit" loading={save.isPending}>派驻</Button>
    </Form>
  );
}
