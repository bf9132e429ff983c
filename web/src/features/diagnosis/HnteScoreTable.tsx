import { Table, Tag, Typography } from 'antd';
import { hnteScoreGroupLabels, hnteScoreItemLabels, growthBasisLabels } from '../../../../domain/diagnosis-labels';
import { hnteScoreItemCodes, type HnteScore, type HnteScoreItem, type HnteScoreItemCode } from '../../../../domain/hnte';
import { pointRange } from './format';

interface Row extends HnteScoreItem {
  code: HnteScoreItemCode;
  /** Rows the group cell spans (0 on all but the group's first row). */
  span: number;
}

function rows(score: HnteScore): Row[] {
  const items = hnteScoreItemCodes.map((code) => ({ ...score.items[code], code }));
  return items.map((item, i) => ({
    ...item,
    span: items[i - 1]?.group === item.group ? 0 : items.filter((x) => x.group === item.group).length,
  }));
}

function basis(row: Row) {
  if (row.expert) return <Typography.Text type="secondary">由专家评判</Typography.Text>;
  return (
    <>
      {row.value}
      {row.basis && <Typography.Text type="secondary">（{growthBasisLabels[row.basis]}）</Typography.Text>}
    </>
  );
}

/** The 100-point sheet with each item's possible points; groups show their (capped) subtotal. */
export function HnteScoreTable({ score }: { score: HnteScore }) {
  return (
    <Table<Row> size="small" pagination={false} rowKey="code" dataSource={rows(score)} columns={[
      {
        title: '指标', key: 'group', width: 150,
        onCell: (row) => ({ rowSpan: row.span }),
        render: (_, row) => {
          const g = score.groups[row.group];
          return <><div>{hnteScoreGroupLabels[row.group]}</div><Typography.Text type="secondary">{pointRange(g.min, g.max)} / {g.full} 分</Typography.Text></>;
        },
      },
      { title: '评价项目', key: 'item', render: (_, row) => hnteScoreItemLabels[row.code] },
      { title: '依据', key: 'basis', render: (_, row) => basis(row) },
      {
        title: '可得分', key: 'points', width: 110, align: 'right',
        render: (_, row) => <>{row.expert ? <Tag>0–{row.full}</Tag> : <Typography.Text strong>{pointRange(row.min, row.max)}</Typography.Text>} / {row.full}</>,
      },
    ]} />
  );
}
