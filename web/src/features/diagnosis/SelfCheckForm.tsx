import { Button, Card, Checkbox, Col, Flex, Form, type FormInstance, InputNumber, Radio, Row, Space } from 'antd';
import type { DiagnosisInput } from '../../../../domain/diagnosis';
import { DateField } from './DateField';
import { exampleValues } from './form-model';
import { YearRowsField } from './YearRowsField';

const yesNo = [{ value: true, label: '是' }, { value: false, label: '否' }];
const pick = (label: string) => [{ required: true, message: `请选择${label}` }];
const count = (label: string) => [{ required: true, message: `请填写${label}` }];

const directFlags = [
  ['validHnte', '拥有有效期内的高新技术企业资格'],
  ['nationalAwardTop3', '近五年获国家级科技奖励，且在获奖单位中排名前三'],
  ['ministerialRdInstitution', '拥有经认定的省部级以上研发机构'],
  ['ledStandard', '近五年主导制定过国际标准、国家标准或行业标准'],
] as const;

interface Props {
  form: FormInstance<DiagnosisInput>;
  pending: boolean;
  onFinish: (values: DiagnosisInput) => void;
  initialValues?: Partial<DiagnosisInput>;
}

export function SelfCheckForm({ form, pending, onFinish, initialValues }: Props) {
  return (
    <Form form={form} layout="vertical" onFinish={onFinish} initialValues={initialValues} scrollToFirstError data-testid="self-check-form">
      <Card title="基本情况" size="small" style={{ marginBottom: 16 }}>
        <Row gutter={12}>
          <Col xs={24} sm={12}><DateField name="asOf" label="评价日期" extra="一般为拟申报日期" /></Col>
          <Col xs={24} sm={12}><DateField name="foundedOn" label="注册成立日期" /></Col>
          <Col xs={24} sm={12}>
            <Form.Item name="employees" label="职工总数（人）" rules={count('职工总数')} extra="含在职、兼职和临时聘用人员">
              <InputNumber min={0} precision={0} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item name="techStaff" label="科技人员数（人）" rules={count('科技人员数')} extra="全年累计实际工作时间 183 天以上">
              <InputNumber min={0} precision={0} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
        </Row>
      </Card>
      <Card title="年度财务数据" size="small" style={{ marginBottom: 16 }}>
        <YearRowsField />
      </Card>
      <Card title="知识产权与其他条件" size="small" style={{ marginBottom: 16 }}>
        <Row gutter={12}>
          <Col xs={12}>
            <Form.Item name={['ip', 'class1']} label="Ⅰ类知识产权（项）" rules={count('Ⅰ类知识产权数量')} extra="发明专利、植物新品种、集成电路布图设计等">
              <InputNumber min={0} precision={0} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={12}>
            <Form.Item name={['ip', 'class2']} label="Ⅱ类知识产权（项）" rules={count('Ⅱ类知识产权数量')} extra="实用新型、外观设计、软件著作权">
              <InputNumber min={0} precision={0} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name={['ip', 'selfDeveloped']} label="知识产权获得方式">
          <Radio.Group options={[{ value: true, label: '有自主研发' }, { value: false, label: '全部为受让、受赠或并购' }]} />
        </Form.Item>
        <Form.Item name="hasCoreIp" label="知识产权对主要产品（服务）在技术上起核心支持作用" rules={pick('是否起核心支持作用')}>
          <Radio.Group options={yesNo} />
        </Form.Item>
        <Form.Item name="inKeyTechField" label="核心技术属于《国家重点支持的高新技术领域》" rules={pick('是否属于重点领域')}>
          <Radio.Group options={yesNo} />
        </Form.Item>
        <Form.Item name="seriousIncident" label="近一年发生过重大安全、重大质量事故或严重环境违法行为" rules={pick('是否发生事故')}>
          <Radio.Group options={yesNo} />
        </Form.Item>
        <Form.Item name="restrictedIndustry" label="属于限制类、淘汰类或不适用研发费用加计扣除的行业" rules={pick('行业情况')}>
          <Radio.Group options={yesNo} />
        </Form.Item>
      </Card>
      <Card title="科技型中小企业直通车条件（符合任一项即可）" size="small" style={{ marginBottom: 16 }}>
        <Space orientation="vertical">
          {directFlags.map(([name, label]) => (
            <Form.Item key={name} name={['direct', name]} valuePropName="checked" noStyle>
              <Checkbox>{label}</Checkbox>
            </Form.Item>
          ))}
        </Space>
      </Card>
      <Flex gap={8} justify="flex-end">
        <Button onClick={() => form.setFieldsValue(exampleValues())}>填入示例数据</Button>
        <Button type="primary" htmlType="submit" loading={pending}>开始自评</Button>
      </Flex>
    </Form>
  );
}
