import { Col, Descriptions, Row, Tag } from 'antd';
import { gradeLabels, grades } from '../../../../../domain/commissioners/appraisal-config';
import { metricLabels, type SummaryMetric } from '../../../../../domain/commissioners/log-summary';
import type { SheetDetail } from '../api/types';
import { EChart } from '../EChart';
import { capCount, shareToPercent } from '../money';
import { gradeColors } from '../access';

const chartColors: Record<string, string> = { excellent: '#faad14', good: '#52c41a', pass: '#1677ff', fail: '#ff4d4f' };

/** Grade distribution and the rules of this year's sheet, as published with the results. */
export function SheetSummary({ sheet }: { sheet: SheetDetail }) {
  const c = sheet.config;
  const cap = c.caps.excellent ? capCount(c.caps.excellent, sheet.appraised) : null;
  return (
    <Row gutter={16}>
      <Col xs={24} lg={9}>
        <EChart style={{ height: 240 }} testId="grade-chart" option={{
          tooltip: { trigger: 'item', formatter: '{b}：{c} 人（{d}%）' },
          series: [{ type: 'pie', radius: ['45%', '72%'], label: { formatter: '{b} {c}' },
            data: grades.map((g) => ({ name: gradeLabels[g], value: sheet.counts[g] ?? 0, itemStyle: { color: chartColors[g] } })) }],
        }} />
      </Col>
      <Col xs={24} lg={15}>
        <Descriptions size="small" column={1} bordered styles={{ label: { width: 96, whiteSpace: 'nowrap' } }}>
          <Descriptions.Item label="参评人数">{sheet.appraised} 人：{grades.map((g) => <Tag key={g} color={gradeColors[g]}>{gradeLabels[g]} {sheet.counts[g] ?? 0}</Tag>)}</Descriptions.Item>
          <Descriptions.Item label="等次分数线">优秀 ≥ {c.bands.excellent}，良好 ≥ {c.bands.good}，合格 ≥ {c.bands.pass}</Descriptions.Item>
          <Descriptions.Item label="比例限制"><span data-testid="sheet-caps">{c.caps.excellent ? `优秀不超过 ${shareToPercent(c.caps.excellent)}%（本次至多 ${cap} 名）` : '不限'}{c.caps.good ? `；良好不超过 ${shareToPercent(c.caps.good)}%` : ''}</span></Descriptions.Item>
          <Descriptions.Item label="硬性规则">
            {c.rules.minDaysForGood !== null && `服务天数少于 ${c.rules.minDaysForGood} 天不得评为良好及以上；`}
            {c.rules.minDaysForPass !== null && `少于 ${c.rules.minDaysForPass} 天评为不合格；`}
            {c.rules.materialsRequired && '未提交考核材料评为不合格。'}同分按服务天数、再按编号排序。
          </Descriptions.Item>
          <Descriptions.Item label="考核项">
            {c.items.map((i) => <Tag key={i.key}>{i.label} {i.weight} 分{i.kind === 'computed' ? `（${metricLabels[i.metric as SummaryMetric] ?? i.metric} 满 ${i.target}）` : '（人工）'}</Tag>)}
          </Descriptions.Item>
        </Descriptions>
      </Col>
    </Row>
  );
}
