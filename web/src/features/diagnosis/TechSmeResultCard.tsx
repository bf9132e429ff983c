import { Alert, Card, Descriptions, List, Statistic, Tag, Typography } from 'antd';
import { techSmeFailedLabels, techSmeScoreLabels } from '../../../../domain/diagnosis-labels';
import type { TechSmeResult } from '../../../../domain/tech-sme';

const full = { techStaff: 20, rd: 50, ip: 30 } as const;

function detail(r: TechSmeResult, key: keyof typeof full): string {
  if (key === 'techStaff') return `科技人员占比 ${r.ratios.techStaff ?? '—（无职工）'}`;
  if (key === 'ip') return 'Ⅰ类、Ⅱ类知识产权数量';
  const measure = r.rdMeasure === 'sales' ? '按销售收入计' : '按成本费用支出计';
  return `占销售收入 ${r.ratios.rdToSales ?? '—'}，占成本费用 ${r.ratios.rdToCost ?? '—'}（${measure}，取高者）`;
}

export function TechSmeResultCard({ result: r }: { result: TechSmeResult }) {
  return (
    <Card title="科技型中小企业评价" size="small" data-testid="tech-sme-result"
      extra={<Tag color={r.eligible ? 'success' : 'error'}>{r.eligible ? '符合评价条件' : '暂不符合'}</Tag>}>
      <Statistic title="综合评价得分（≥ 60 分且科技人员指标不为 0）" value={r.score} suffix="/ 100" />
      <Descriptions size="small" column={1} style={{ marginTop: 12 }} items={(Object.keys(full) as (keyof typeof full)[]).map((key) => ({
        key,
        label: techSmeScoreLabels[key],
        children: (
          <span>
            <Typography.Text strong>{r.scores[key]}</Typography.Text> / {full[key]} 分
            <Typography.Text type="secondary" style={{ marginLeft: 12 }}>{detail(r, key)}</Typography.Text>
          </span>
        ),
      }))} />
      {r.directQualification && (
        <Alert type="info" showIcon style={{ marginTop: 12 }}
          title="具备直通车条件：满足基本条件即可直接确认，无需评分" />
      )}
      {r.failed.length > 0 && (
        <List size="small" style={{ marginTop: 12 }} header={<Typography.Text strong>未满足的条件</Typography.Text>}
          dataSource={r.failed} renderItem={(code) => <List.Item><Typography.Text type="danger">{techSmeFailedLabels[code]}</Typography.Text></List.Item>} />
      )}
    </Card>
  );
}
