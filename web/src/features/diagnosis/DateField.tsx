import { DatePicker, Form } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';

/** A date kept in the form as 'YYYY-MM-DD', the way the API takes it. */
export function DateField({ name, label, extra }: { name: string; label: string; extra?: string }) {
  return (
    <Form.Item name={name} label={label} extra={extra} rules={[{ required: true, message: `请选择${label}` }]}
      getValueProps={(v: string | undefined) => ({ value: v ? dayjs(v) : undefined })}
      normalize={(d: Dayjs | null) => (d ? d.format('YYYY-MM-DD') : undefined)}>
      <DatePicker style={{ width: '100%' }} />
    </Form.Item>
  );
}
