import { useQuery } from '@tanstack/react-query';
import { Card, Col, Row, Statistic } from 'antd';
import dayjs from 'dayjs';
import { commissionerKeys, commissionersApi } from '../api/client';

/** This year's own figures as the bureau will count them in the appraisal. */
export function SummaryStrip() {
  const year = dayjs().year();
  const q = useQuery({ queryKey: commissionerKeys.summary({ year, mine: 1 }), queryFn: () => commissionersApi.summary({ year }) });
  const s = q.data?.items[0];
  const cells: Array<[string, number | undefined, string]> = [
    ['服务天数', s?.serviceDays, '天'], ['服务次数', s?.services, '次'], ['培训', s?.trainedPeople, '人次'], ['解决问题', s?.problemsSolved, '个'],
  ];
  return (
    <Card size="small" title={`${year} 年服务情况`} loading={q.isPending} data-testid="my-summary">
      <Row gutter={8}>
        {cells.map(([label, value, unit]) => (
          <Col span={6} key={label}><Statistic title={label} value={value ?? 0} suffix={unit} styles={{ content: { fontSize: 20 } }} /></Col>
        ))}
      </Row>
    </Card>
  );
}
