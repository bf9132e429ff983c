import { CheckCircleFilled, CloseCircleFilled } from '@ant-design/icons';
import { Alert, Card, Table, Tag, Typography } from 'antd';
import { hnteConditionLabels, hnteVerdictLabels } from '../../../../domain/diagnosis-labels';
import type { HnteCondition, HnteResult } from '../../../../domain/hnte';
import { hntePolicies } from '../../../../domain/policy/hnte-2016';
import { pointRange, verdictColor } from './format';
import { HnteScoreTable } from './HnteScoreTable';

const passMark = (pass: boolean) =>
  pass ? <Tag icon={<CheckCircleFilled />} color="success">满足</Tag> : <Tag icon={<CloseCircleFilled />} color="error">不满足</Tag>;

/** One sentence on why the verdict is what it is. */
function summary(r: HnteResult, passScore: number): string {
  const failed = r.conditions.filter((c) => !c.pass).length;
  if (!r.conditionsMet) return `有 ${failed} 项认定条件不满足，须先满足全部条件。`;
  if (r.verdict === 'eligible') return `认定条件全部满足，创新能力评价最低也有 ${r.score.min} 分，达到 ${passScore} 分。`;
  if (r.verdict === 'possible') return `认定条件全部满足；创新能力评价在 ${r.score.min}–${r.score.max} 分之间，能否达到 ${passScore} 分取决于专家评分。`;
  return `认定条件全部满足，但创新能力评价最高只有 ${r.score.max} 分，达不到 ${passScore} 分。`;
}

const alertType = { eligible: 'success', possible: 'warning', ineligible: 'error' } as const;

export function HnteResultCard({ result: r }: { result: HnteResult }) {
  const passScore = hntePolicies.find((p) => p.id === r.policy)?.passScore ?? 71;
  return (
    <Card title="高新技术企业认定" size="small" data-testid="hnte-result"
      extra={<Tag color={verdictColor[r.verdict]}>{hnteVerdictLabels[r.verdict]}</Tag>}>
      <Alert type={alertType[r.verdict]} showIcon title={summary(r, passScore)} style={{ marginBottom: 12 }} />
      <Typography.Title level={5} style={{ marginTop: 0 }}>认定条件</Typography.Title>
      <Table<HnteCondition> size="small" pagination={false} rowKey="code" dataSource={r.conditions} columns={[
        { title: '条件', key: 'label', render: (_, c) => hnteConditionLabels[c.code] },
        { title: '企业实际', dataIndex: 'value' },
        { title: '认定要求', dataIndex: 'threshold' },
        { title: '结果', key: 'pass', width: 90, render: (_, c) => passMark(c.pass) },
      ]} />
      <Typography.Title level={5} style={{ marginTop: 16 }}>
        创新能力评价：{pointRange(r.score.min, r.score.max)} 分
        <Typography.Text type="secondary" style={{ fontWeight: 'normal' }}>（需 ≥ {passScore} 分）</Typography.Text>
      </Typography.Title>
      <Typography.Paragraph type="secondary">
        可由数据计算的项目按所在档次计分；技术先进程度、研发组织管理等须由专家评判的项目按 0 分至满分计入，
        因此最低分为最保守的估计，最高分为最乐观的估计。
      </Typography.Paragraph>
      <HnteScoreTable score={r.score} />
    </Card>
  );
}
