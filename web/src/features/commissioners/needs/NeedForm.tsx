import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, AutoComplete, Form, Input, Modal, Radio, Space } from 'antd';
import { commonFields } from '../../../../../domain/commissioners/vocabulary';
import { useCurrentUser } from '../../../app/auth';
import { applyApiError } from '../../../components/form-errors';
import { commissionerKeys, commissionersApi } from '../api/client';
import { VillagePicker } from '../pickers/VillagePicker';

/** 登记需求: staff for a village / cooperative / enterprise; an enterprise user for itself. */
export function NeedForm({ onClose }: { onClose: () => void }) {
  const me = useCurrentUser();
  const asEnterprise = me.roles.includes('enterprise') && !me.roles.some((r) => r === 'staff' || r === 'leader');
  const [form] = Form.useForm();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const kind = Form.useWatch('requesterKind', form) ?? 'village';
  const save = useMutation({
    mutationFn: (v: Record<string, string | undefined>) => commissionersApi.createNeed({ ...v, requesterKind: asEnterprise ? 'enterprise' : v.requesterKind,
      requesterName: v.requesterName || undefined, contactPhone: v.contactPhone || undefined, contactName: v.contactName || undefined, field: v.field || undefined }),
    onSuccess: () => { void message.success('需求已登记'); void qc.invalidateQueries({ queryKey: commissionerKeys.all }); onClose(); },
    onError: (err) => { const rest = applyApiError(form, err, ['title', 'description', 'villageCode', 'requesterName', 'contactPhone']); if (rest) void message.error(rest); },
  });
  return (
    <Modal open title="登记需求" okText="提交" cancelText="取消" onCancel={onClose} confirmLoading={save.isPending} onOk={() => form.submit()} width={600}>
      <Form form={form} layout="vertical" initialValues={{ requesterKind: 'village' }} onFinish={(v) => save.mutate(v)}>
        {!asEnterprise && (
          <Form.Item name="requesterKind" label="需求方">
            <Radio.Group options={[{ value: 'village', label: '村' }, { value: 'cooperative', label: '合作社/家庭农场' }, { value: 'enterprise', label: '企业' }]} />
          </Form.Item>
        )}
        {!asEnterprise && (
          <Form.Item name="villageCode" label="所在村" rules={[{ required: kind === 'village', message: '请选择村' }]}><VillagePicker allowClear /></Form.Item>
        )}
        {!asEnterprise && kind !== 'village' && <Form.Item name="requesterName" label="需求方名称" rules={[{ required: true, min: 2 }]}><Input /></Form.Item>}
        <Form.Item name="title" label="需求标题" rules={[{ required: true, min: 4 }]}><Input maxLength={60} /></Form.Item>
        <Form.Item name="description" label="需求描述" rules={[{ required: true, min: 5 }]}><Input.TextArea rows={3} /></Form.Item>
        <Form.Item name="field" label="所属领域"><AutoComplete options={commonFields.map((f) => ({ value: f }))} /></Form.Item>
        <Space.Compact style={{ width: '100%' }}>
          <Form.Item name="contactName" label="联系人" style={{ width: '50%' }}><Input /></Form.Item>
          <Form.Item name="contactPhone" label="联系电话" style={{ width: '50%' }} rules={[{ pattern: /^1[3-9]\d{9}$/, message: '应为 11 位手机号码' }]}><Input /></Form.Item>
        </Space.Compact>
      </Form>
    </Modal>
  );
}
