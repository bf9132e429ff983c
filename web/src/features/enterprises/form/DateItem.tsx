import { DatePicker, Form } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import type { ReactNode } from 'react';

/** A form item holding a 'YYYY-MM-DD' string (the API's date form) behind a DatePicker. */
export function DateItem({ name, label, required, extra, disabled }: { name: string; label: string; required?: boolean; extra?: ReactNode; disabled?: boolean }) {
  return (
    <Form.Item name={name} label={label} extra={extra} rules={required ? [{ required: true, message: `请选择${label}` }] : []}
      getValueProps={(v: string | undefined) => ({ value: v ? dayjs(v) : undefined })} normalize={(d: Dayjs | null) => (d ? d.format('YYYY-MM-DD') : undefined)}>
      <DatePicker style={{ width: '100%' }} disabled={disabled} />
    </Form.Item>
  );
}
