import { Card, Table, Typography } from 'antd';
import type { CoverageReport } from '../api/types';

/** A city's or province's coverage, one row per county; a county's name opens its village-level report. */
export function CountyTable({ r, onOpen }: { r: CoverageReport; onOpen: (regionCode: string) => void }) {
  return (
    <Card title="各县（区）覆盖情况" extra={<Typography.Text type="secondary">点击县（区）名称查看各村明细</Typography.Text>}>
      <Table rowKey="regionCode" size="small" dataSource={r.counties} pagination={false} data-testid="county-table" columns={[
        { title: '县（区）', dataIndex: 'regionName', render: (v: string, c) => <a onClick={() => onOpen(c.regionCode)}>{v}</a> },
        { title: '行政村', dataIndex: 'total', align: 'right' },
        { title: '已覆盖', dataIndex: 'covered', align: 'right' },
        { title: '未覆盖', dataIndex: 'uncovered', align: 'right', render: (v: number) => (v ? <Typography.Text type="danger">{v}</Typography.Text> : 0) },
        { title: '多人服务的村', dataIndex: 'shared', align: 'right' },
        { title: '派驻在村的特派员', dataIndex: 'commissioners', align: 'right' },
        { title: '覆盖率', dataIndex: 'percent', align: 'right', render: (v: string | null) => v ?? '—', sorter: (a, b) => a.covered / (a.total || 1) - b.covered / (b.total || 1) },
      ]} />
    </Card>
  );
}
