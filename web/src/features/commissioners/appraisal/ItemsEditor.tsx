import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Flex, Form, type FormInstance, Input, InputNumber, Select, Typography } from 'antd';
import { metricLabels, summaryMetrics } from '../../../../../domain/commissioners/log-summary';
import { total } from '../money';

export interface ItemValue { key: string; label: string; kind: 'computed' | 'manual'; metric?: string; target?: number; weight: string }

const metricOptions = summaryMetrics.map((m) => ({ value: m, label: metricLabels[m] }));
const newKey = () => `item_${Date.now().toString(36)}`;

/** The sheet's items: computed from the logs (metric and full-marks target) or entered by staff; weights add up to 100. */
export function ItemsEditor({ form }: { form: FormInstance }) {
  const items = (Form.useWatch('items', form) ?? []) as Array<Partial<ItemValue> | undefined>;
  const sum = total(items.map((i) => (i?.weight && /^\d+(\.\d+)?$/.test(i.weight) ? i.weight : '0')));
  return (
    <Form.List name="items">
      {(rows, { add, remove }) => (
        <>
          {rows.map((row, index) => {
            const computed = items[index]?.kind === 'computed';
            return (
              <Flex key={row.key} gap={8} align="start" wrap data-testid="sheet-item">
                <Form.Item name={[row.name, 'key']} hidden><Input /></Form.Item>
                <Form.Item name={[row.name, 'label']} rules={[{ required: true, message: '请填写考核项名称' }]} style={{ width: 170 }}><Input placeholder="考核项名称" /></Form.Item>
                <Form.Item name={[row.name, 'kind']} style={{ width: 130 }}>
                  <Select options={[{ value: 'computed', label: '按日志计算' }, { value: 'manual', label: '人工评分' }]} />
                </Form.Item>
                {computed && <Form.Item name={[row.name, 'metric']} rules={[{ required: true, message: '请选择指标' }]} style={{ width: 170 }}><Select options={metricOptions} placeholder="统计指标" /></Form.Item>}
                {computed && <Form.Item name={[row.name, 'target']} rules={[{ required: true, message: '请填写满分标准' }]} style={{ width: 130 }}><InputNumber min={1} precision={0} placeholder="满分标准" prefix="满" style={{ width: '100%' }} /></Form.Item>}
                <Form.Item name={[row.name, 'weight']} rules={[{ required: true, message: '请填写分值' }]} style={{ width: 120 }}>
                  <InputNumber stringMode min="0" max="100" step="1" suffix="分" style={{ width: '100%' }} aria-label="分值" />
                </Form.Item>
                <Button icon={<DeleteOutlined />} aria-label="删除考核项" onClick={() => remove(row.name)} disabled={rows.length <= 1} />
              </Flex>
            );
          })}
          <Flex justify="space-between" align="center">
            <Button icon={<PlusOutlined />} onClick={() => add({ key: newKey(), label: '', kind: 'manual', weight: '0' })}>添加考核项</Button>
            <Typography.Text type={sum === '100.00' ? 'success' : 'danger'} data-testid="weight-total">分值合计 {sum}（应为 100）</Typography.Text>
          </Flex>
        </>
      )}
    </Form.List>
  );
}
