import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, DatePicker, Descriptions, Form, Input, Select, Space, Table } from 'antd';
import type { Dayjs } from 'dayjs';
import { projectKeys, projectsApi } from '../api/client';
import { fundSourceLabels, yuan } from '../labels';

/** Tranches paid to the project; the form refuses more than the approved amount (server-checked). */
export function FundsTab({ projectId }: { projectId: string }) {
  const { message } = App.useApp();
  const qc = useQueryClient();
  const [form] = Form.useForm();
  const q = useQuery({ queryKey: projectKeys.sub(projectId, 'funds'), queryFn: () => projectsApi.disbursements(projectId) });
  const pay = useMutation({
    mutationFn: (v: { amount: string; source: string; paidOn: Dayjs; voucherNo: string; note?: string }) =>
      projectsApi.disburse(projectId, { ...v, paidOn: v.paidOn.format('YYYY-MM-DD') }),
    onSuccess: (d) => {
      qc.setQueryData(projectKeys.sub(projectId, 'funds'), d);
      void qc.invalidateQueries({ queryKey: projectKeys.all });
      form.resetFields();
      void message.success('已登记拨付');
    },
  });
  const d = q.data;
  return (
    <>
      <Descriptions size="small" column={3} style={{ marginBottom: 12 }} data-testid="funds-summary">
        <Descriptions.Item label="立项金额">{yuan(d?.approved)}</Descriptions.Item>
        <Descriptions.Item label="已拨付">{yuan(d?.disbursed)}</Descriptions.Item>
        <Descriptions.Item label="未拨付">{yuan(d?.remaining)}</Descriptions.Item>
      </Descriptions>
      {d?.abilities.create && (
        <Form form={form} layout="inline" onFinish={(v) => pay.mutate(v)} style={{ marginBottom: 12 }}>
          <Form.Item name="amount" rules={[{ required: true, pattern: /^\d{1,12}(\.\d{1,2})?$/, message: '金额（元）' }]}><Input placeholder="拨付金额（元）" style={{ width: 150 }} /></Form.Item>
          <Form.Item name="source" initialValue="county"><Select style={{ width: 120 }} options={Object.entries(fundSourceLabels).map(([value, label]) => ({ value, label }))} /></Form.Item>
          <Form.Item name="paidOn" rules={[{ required: true, message: '拨付日期' }]}><DatePicker placeholder="拨付日期" /></Form.Item>
          <Form.Item name="voucherNo" rules={[{ required: true, message: '凭证号' }]}><Input placeholder="凭证号" style={{ width: 140 }} /></Form.Item>
          <Space><Button type="primary" htmlType="submit" loading={pay.isPending}>登记拨付</Button></Space>
        </Form>
      )}
      {pay.error && <Alert type="error" showIcon title={pay.error.message} style={{ marginBottom: 12 }} />}
      <Table size="small" rowKey="id" pagination={false} dataSource={d?.items ?? []}
        columns={[
          { title: '拨付日期', dataIndex: 'paidOn', width: 120 },
          { title: '金额', dataIndex: 'amount', align: 'right', render: yuan },
          { title: '来源', dataIndex: 'sourceLabel', width: 100 },
          { title: '凭证号', dataIndex: 'voucherNo', width: 140 },
          { title: '备注', dataIndex: 'note' },
        ]} />
    </>
  );
}
