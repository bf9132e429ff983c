import { Alert, DatePicker, Form, Input, Modal } from 'antd';
import type { Dayjs } from 'dayjs';
import type { Action, ProjectDetail } from '../api/types';

interface Props {
  action: Action;
  project: ProjectDetail;
  pending: boolean;
  error: string | null;
  onCancel: () => void;
  onOk: (body: Record<string, unknown>) => void;
}

const money = [{ pattern: /^\d{1,12}(\.\d{1,2})?$/, message: '应为金额（元），最多两位小数' }];
const day = (d: Dayjs | undefined) => d?.format('YYYY-MM-DD');

/** Collects what a step needs: the comment it names, publicity dates, approved amount, new end date … */
export function ActionModal({ action, project, pending, error, onCancel, onOk }: Props) {
  const [form] = Form.useForm();
  const e = action.event;
  const submit = async () => {
    const v = await form.validateFields();
    onOk({
      comment: v.comment || null,
      ...(e === 'publish' ? { publicityStartsOn: day(v.publicity?.[0]), publicityEndsOn: day(v.publicity?.[1]) } : {}),
      ...(e === 'approve' ? { approvedAmount: v.approvedAmount } : {}),
      ...(e === 'accept_extend' ? { newEndOn: day(v.newEndOn) } : {}),
      ...(e === 'upper_approve' ? { fundingWon: v.fundingWon } : {}),
    });
  };
  return (
    <Modal open title={action.label} okText="确定" cancelText="取消" confirmLoading={pending} onCancel={onCancel} onOk={() => void submit()} destroyOnHidden>
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} />}
      <Form form={form} layout="vertical" initialValues={{ approvedAmount: project.requestedFiscal }}>
        {e === 'publish' && (
          <Form.Item name="publicity" label="公示起止日期" rules={[{ required: true, message: '请选择公示起止日期' }]}>
            <DatePicker.RangePicker style={{ width: '100%' }} />
          </Form.Item>
        )}
        {e === 'approve' && (
          <Form.Item name="approvedAmount" label="立项金额（元）" rules={[{ required: true, message: '请填写立项金额' }, ...money]}
            extra={`申请财政资金 ${project.requestedFiscal} 元；立项金额不得超过申请额`}>
            <Input />
          </Form.Item>
        )}
        {e === 'accept_extend' && (
          <Form.Item name="newEndOn" label="延期后的结题日期" rules={[{ required: true, message: '请选择日期' }]}><DatePicker style={{ width: '100%' }} /></Form.Item>
        )}
        {e === 'upper_approve' && (
          <Form.Item name="fundingWon" label="上级支持经费（元）" rules={[{ required: true, message: '请填写金额' }, ...money]}><Input /></Form.Item>
        )}
        <Form.Item name="comment" label={action.comment ?? '意见（可选）'} rules={action.comment ? [{ required: true, message: `请填写${action.comment}` }] : []}>
          <Input.TextArea rows={3} maxLength={2000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
