import { Card, Col, List, Row, Tag, Typography } from 'antd';
import type { CoverageReport } from '../api/types';

/** What the 1:1 check found: gaps, villages served by several, commissioners with none or several villages. */
export function CoverageLists({ r }: { r: CoverageReport }) {
  const o = r.oneToOne;
  const box = (title: string, count: number, children: React.ReactNode, testId: string) => (
    <Col xs={24} lg={12}>
      <Card size="small" title={<>{title} <Tag color={count ? 'orange' : 'green'}>{count}</Tag></>} data-testid={testId} styles={{ body: { maxHeight: 260, overflowY: 'auto' } }}>{children}</Card>
    </Col>
  );
  return (
    <Row gutter={[16, 16]}>
      {box('未覆盖的行政村', o.uncoveredVillages.length, (
        <List size="small" dataSource={o.uncoveredVillages} locale={{ emptyText: '全部行政村均有科技特派员' }}
          renderItem={(v) => <List.Item>{v.townName} · {v.name}<Typography.Text type="secondary">{v.code}</Typography.Text></List.Item>} />
      ), 'uncovered-villages')}
      {box('多名科技特派员服务的村', o.sharedVillages.length, (
        <List size="small" dataSource={o.sharedVillages} locale={{ emptyText: '无' }}
          renderItem={(v) => <List.Item>{v.townName} · {v.name}：{v.commissioners.map((c) => c.name).join('、')}</List.Item>} />
      ), 'shared-villages')}
      {box('未派驻到村的在岗科技特派员', o.commissionersWithoutVillage.length, (
        <List size="small" dataSource={o.commissionersWithoutVillage} locale={{ emptyText: '无' }}
          renderItem={(c) => <List.Item>{c.name}（{c.code}）</List.Item>} />
      ), 'idle-commissioners')}
      {box('服务多个村的科技特派员', o.commissionersWithSeveral.length, (
        <List size="small" dataSource={o.commissionersWithSeveral} locale={{ emptyText: '无' }}
          renderItem={(c) => <List.Item>{c.name}（{c.code}）· {c.count} 个村</List.Item>} />
      ), 'busy-commissioners')}
    </Row>
  );
}
