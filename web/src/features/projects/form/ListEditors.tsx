import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Form, Input, Select, Space } from 'antd';
import { budgetCategoryLabels, budgetSourceLabels } from '../labels';

const money = { pattern: /^\d{1,12}(\.\d{1,2})?$/, message: '金额（元），最多两位小数' };
const opts = (labels: Record<string, string>) => Object.entries(labels).map(([value, label]) => ({ value, label }));

export function BudgetEditor() {
  return (
    <Form.List name="budget">
      {(fields, { add, remove }) => (
        <div data-testid="budget-editor">
          {fields.map((f) => (
            <Space key={f.key} align="baseline" wrap>
              <Form.Item name={[f.name, 'category']} rules={[{ required: true, message: '科目' }]}><Select style={{ width: 130 }} placeholder="科目" options={opts(budgetCategoryLabels)} /></Form.Item>
              <Form.Item name={[f.name, 'source']} rules={[{ required: true, message: '来源' }]}><Select style={{ width: 120 }} placeholder="来源" options={opts(budgetSourceLabels)} /></Form.Item>
              <Form.Item name={[f.name, 'amount']} rules={[{ required: true, message: '金额' }, money]}><Input style={{ width: 160 }} placeholder="金额（元）" aria-label="预算金额" /></Form.Item>
              <Button type="text" icon={<DeleteOutlined />} aria-label="删除预算行" onClick={() => remove(f.name)} />
            </Space>
          ))}
          <Button icon={<PlusOutlined />} onClick={() => add({ category: 'equipment', source: 'fiscal', amount: '' })}>添加预算行</Button>
        </div>
      )}
    </Form.List>
  );
}

/** A list of two-text rows (name + detail), e.g. team members or KPIs. */
export function PairList({ name, first, second, addText, testId }: { name: string; first: string; second: string; addText: string; testId: string }) {
  return (
    <Form.List name={name}>
      {(fields, { add, remove }) => (
        <div data-testid={testId}>
          {fields.map((f) => (
            <Space key={f.key} align="baseline" wrap>
              <Form.Item name={[f.name, first === '姓名' ? 'name' : 'name']} rules={[{ required: true, message: `请填写${first}` }]}><Input placeholder={first} aria-label={first} style={{ width: 200 }} /></Form.Item>
              <Form.Item name={[f.name, name === 'kpis' ? 'target' : 'role']} rules={name === 'kpis' ? [{ required: true, message: `请填写${second}` }] : []}>
                <Input placeholder={second} aria-label={second} style={{ width: 200 }} />
              </Form.Item>
              <Button type="text" icon={<DeleteOutlined />} aria-label={`删除${first}`} onClick={() => remove(f.name)} />
            </Space>
          ))}
          <Button icon={<PlusOutlined />} onClick={() => add({})}>{addText}</Button>
        </div>
      )}
    </Form.List>
  );
}
