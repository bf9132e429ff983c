import { Button, Table, type TableColumnsType, Tag, Tooltip, Typography } from 'antd';
import { gradeLabels } from '../../../../../domain/commissioners/appraisal-config';
import type { ResultRow, SheetDetail } from '../api/types';
import { gradeColors } from '../access';

export function ResultsTable({ sheet, grade, canEdit, onEdit }: { sheet: SheetDetail; grade?: string; canEdit: boolean; onEdit: (r: ResultRow) => void }) {
  const items = sheet.config.items;
  const columns: TableColumnsType<ResultRow> = [
    { title: '排序', dataIndex: 'position', width: 60, fixed: 'left' },
    { title: '名次', dataIndex: 'rank', width: 60 },
    { title: '姓名', key: 'name', width: 170, fixed: 'left', render: (_, r) => <>{r.commissioner.name}<Typography.Text type="secondary"> {r.commissioner.code}</Typography.Text></> },
    { title: '服务天数', key: 'days', width: 80, align: 'right', render: (_, r) => r.summary.serviceDays },
    ...items.map((it) => ({
      title: <Tooltip title={it.kind === 'computed' ? `按日志计算，${it.target} 为满分` : '人工评分'}>{it.label}<br /><Typography.Text type="secondary" style={{ fontSize: 12 }}>{it.weight} 分{it.kind === 'manual' ? ' · 人工' : ''}</Typography.Text></Tooltip>,
      key: it.key, width: 96, align: 'right' as const,
      render: (_: unknown, r: ResultRow) => r.items.find((x) => x.key === it.key)?.points ?? '—',
    })),
    { title: '总分', dataIndex: 'total', width: 80, align: 'right', fixed: 'right', sorter: (a, b) => Number(a.total) - Number(b.total) },
    { title: '等次', key: 'grade', width: 110, fixed: 'right', render: (_, r) => (
      <Tooltip title={r.reasons.join('；') || undefined}>
        <Tag color={gradeColors[r.grade]}>{r.gradeLabel}</Tag>{r.grade !== r.baseGrade && <Typography.Text delete type="secondary">{gradeLabels[r.baseGrade]}</Typography.Text>}
      </Tooltip>
    ) },
    { title: '材料', key: 'm', width: 60, fixed: 'right', render: (_, r) => (r.materialsSubmitted ? '✓' : <Typography.Text type="danger">缺</Typography.Text>) },
  ];
  if (canEdit) columns.push({ title: '操作', key: 'op', width: 70, fixed: 'right', render: (_, r) => <Button size="small" type="link" onClick={() => onEdit(r)}>评分</Button> });
  return (
    <Table<ResultRow> rowKey={(r) => r.commissioner.id} size="small" columns={columns} dataSource={grade ? sheet.results.filter((r) => r.grade === grade) : sheet.results}
      scroll={{ x: 1500 }} pagination={{ pageSize: 50, showTotal: (n) => `共 ${n} 人` }} data-testid="results-table"
      expandable={{ rowExpandable: (r) => r.reasons.length > 0, expandedRowRender: (r) => r.reasons.map((x) => <div key={x}>· {x}</div>) }} />
  );
}
