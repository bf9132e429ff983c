import { Alert, Card, List, Space, Typography } from 'antd';
import { DiagnosisResultView } from '../../diagnosis/DiagnosisResultView';
import type { Diagnosis } from '../api/types';

/**
 * 科小 / 高企 diagnosis from the stored master and annual data (the same view as the public
 * self-check), with what it is based on, what is missing and what had to be assumed.
 */
export function DiagnosisCard({ diagnosis: d }: { diagnosis: Diagnosis }) {
  const basis = d.years.length ? `依据 ${d.years.join('、')} 年度数据` : '没有可用的完整年度数据';
  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }} data-testid="enterprise-diagnosis">
      <Alert type={d.status === 'ok' ? 'info' : 'warning'} showIcon
        title={d.status === 'ok' ? `诊断日期 ${d.asOf}，${basis}` : `数据不足，暂不能完整诊断（${basis}）`}
        description={d.missing.length > 0 && (
          <List size="small" header={<Typography.Text strong>缺少的数据</Typography.Text>} dataSource={d.missing} data-testid="diagnosis-missing"
            renderItem={(m) => <List.Item>{m}</List.Item>} />
        )} />
      {d.result && <DiagnosisResultView result={d.result} />}
      {d.assumptions.length > 0 && (
        <Card size="small" title="诊断中假定的条件（无法从已录入数据判断）">
          <List size="small" dataSource={d.assumptions} renderItem={(a) => <List.Item>{a}</List.Item>} />
        </Card>
      )}
    </Space>
  );
}
