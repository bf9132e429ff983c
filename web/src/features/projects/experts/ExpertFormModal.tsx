import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, Form, Input, InputNumber, Modal, Select } from 'antd';
import { projectsApi } from '../api/client';
import { expertCategoryLabels, researchFieldLabels } from '../labels';

const opts = (labels: Record<string, string>) => Object.entries(labels).map(([value, label]) => ({ value, label }));

export function ExpertFormModal({ onClose }: { onClose: () => void }) {
  const qc = useQueryClient();
  const [form] = Form.useForm();
  const create = useMutation({
    mutationFn: (v: Record<string, unknown>) => projectsApi.createExpert({ ...v, phone: v.phone || null }),
    onSuccess: () => { void qc.invalidateQueries({ queryKey: ['projects', 'experts'] }); onClose(); },
  });
  return (
    <Modal open title="登记专家" okText="保存" cancelText="取消" confirmLoading={create.isPending} onCancel={onClose}
      onOk={() => void form.validateFields().then((v) => create.mutate(v))}>
      {create.error && <Alert type="error" showIcon title={create.error.message} style={{ marginBottom: 12 }} />}
      <Form form={form} layout="vertical" initialValues={{ category: 'technical', quota: 20, fields: [] }}>
        <Form.Item name="name" label="姓名" rules={[{ required: true, min: 2, message: '请填写姓名' }]}><Input /></Form.Item>
        <Form.Item name="category" label="类别"><Select options={opts(expertCategoryLabels)} /></Form.Item>
        <Form.Item name="fields" label="专业领域"><Select mode="multiple" options={opts(researchFieldLabels)} /></Form.Item>
        <Form.Item name="title" label="职称"><Input /></Form.Item>
        <Form.Item name="organisationName" label="工作单位" rules={[{ required: true, min: 2, message: '请填写工作单位' }]}><Input /></Form.Item>
        <Form.Item name="phone" label="手机号码" rules={[{ pattern: /^1[3-9]\d{9}$/, message: '应为 11 位手机号码' }]}><Input /></Form.Item>
        <Form.Item name="quota" label="年度评审次数上限"><InputNumber min={1} max={200} /></Form.Item>
      </Form>
    </Modal>
  );
}
