import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, Col, Form, InputNumber, Row, Typography } from 'antd';
import type { YearFigures } from '../../../../domain/diagnosis';
import { emptyYear, moneyFields } from './form-model';
import { MoneyInput } from './MoneyInput';

const required = (label: string) => [{ required: true, message: `请填写${label}` }];

/** 1–3 fiscal years side by side, oldest on the left, as the rules read them. */
export function YearRowsField() {
  const form = Form.useFormInstance();
  return (
    <Form.List name="years">
      {(fields, { add, remove }) => (
        <>
          <Row gutter={[12, 12]}>
            {fields.map((field, index) => (
              <Col key={field.key} xs={24} md={8}>
                <Card size="small" title={<Form.Item noStyle shouldUpdate>{() => `${form.getFieldValue(['years', field.name, 'year']) ?? ''} 年度`}</Form.Item>}
                  extra={fields.length > 1 && (
                    <Button type="text" size="small" icon={<DeleteOutlined />} aria-label={`删除第 ${index + 1} 年`} onClick={() => remove(field.name)} />
                  )}>
                  <Form.Item name={[field.name, 'year']} label="会计年度" rules={required('会计年度')}>
                    <InputNumber min={1949} max={2100} precision={0} style={{ width: '100%' }} />
                  </Form.Item>
                  {moneyFields.map(([name, label]) => (
                    <Form.Item key={name} name={[field.name, name]} label={label} rules={required(label)}>
                      <MoneyInput signed={name === 'netAssets'} />
                    </Form.Item>
                  ))}
                  <Form.Item name={[field.name, 'conversions']} label="科技成果转化数（项）" rules={required('科技成果转化数')}>
                    <InputNumber min={0} max={10000} precision={0} style={{ width: '100%' }} />
                  </Form.Item>
                </Card>
              </Col>
            ))}
          </Row>
          {fields.length < 3 && (
            <Button type="dashed" icon={<PlusOutlined />} style={{ marginTop: 12 }}
              onClick={() => {
                const first = (form.getFieldValue(['years', 0]) as YearFigures | undefined)?.year;
                add(emptyYear(first ? first - 1 : new Date().getFullYear() - 1), 0);
              }}>
              添加更早一个年度
            </Button>
          )}
          <Typography.Paragraph type="secondary" style={{ marginTop: 8 }}>
            填写最近 1–3 个完整会计年度（从早到晚连续）。经营不满三年的按实际年度填写。
          </Typography.Paragraph>
        </>
      )}
    </Form.List>
  );
}
