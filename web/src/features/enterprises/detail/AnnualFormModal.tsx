import { Col, Form, InputNumber, Modal, Row } from 'antd';
import { MoneyInput } from '../../diagnosis/MoneyInput';
import { enterprisesApi } from '../api/client';
import { FormAlert } from '../form/FormAlert';
import { useFormMutation } from '../form/useFormMutation';
import type { AnnualData, AnnualFigures } from '../api/types';
import { annualCountFields, annualFieldLabels, annualMoneyFields } from '../labels';

type Values = AnnualFigures & { year: number };
const fieldNames = ['year', ...annualCountFields, ...annualMoneyFields];
const thisYear = new Date().getFullYear();

interface Props { enterpriseId: string; existing: AnnualData | null; takenYears: number[]; onClose: () => void }

/**
 * One year's figures. Amounts stay decimal strings from the input to the request body (MoneyInput
 * in string mode); the cross-field checks are the server's and come back on the named field.
 */
export function AnnualFormModal({ enterpriseId, existing, takenYears, onClose }: Props) {
  const m = useFormMutation<Values>(fieldNames, ({ year, ...figures }) =>
    enterprisesApi.saveAnnual(enterpriseId, year, { ...figures, ...(existing ? { version: existing.version } : {}) }), '年度数据已保存', onClose);
  const required = (label: string) => [{ required: true, message: `请填写${label}` }];
  return (
    <Modal open width={820} title={existing ? `修改 ${existing.year} 年度数据` : '填报年度数据'} okText="保存" onCancel={onClose}
      confirmLoading={m.pending} onOk={m.submit}>
      <FormAlert error={m.error} />
      <Form form={m.form} layout="vertical" initialValues={existing ?? { year: thisYear - 1 }} data-testid="annual-form">
        <Row gutter={16}>
          <Col span={6}>
            <Form.Item name="year" label="年度" rules={[...required('年度'), {
              validator: (_, y: number) => (!existing && takenYears.includes(y) ? Promise.reject(new Error('该年度已有数据，请在表格中修改')) : Promise.resolve()),
            }]}>
              <InputNumber min={2000} max={thisYear} precision={0} disabled={!!existing} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          {annualCountFields.map((k) => (
            <Col span={6} key={k}><Form.Item name={k} label={annualFieldLabels[k]} rules={required(annualFieldLabels[k])}>
              <InputNumber min={0} precision={0} style={{ width: '100%' }} />
            </Form.Item></Col>
          ))}
          {annualMoneyFields.map((k) => (
            <Col span={12} key={k}><Form.Item name={k} label={annualFieldLabels[k]} rules={required(annualFieldLabels[k])}>
              <MoneyInput signed={k === 'netAssets'} />
            </Form.Item></Col>
          ))}
        </Row>
      </Form>
    </Modal>
  );
}
