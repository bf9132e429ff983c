import { useQuery } from '@tanstack/react-query';
import { Card, Col, Empty, List, Row, Spin, Tag, Typography } from 'antd';
import { api } from '../../../api/client';

interface Team {
  id: string; name: string; kindLabel: string; levelLabel: string; field: string; leadUnit: string | null; adminHead: string | null; formedOn: string | null;
  members: Array<{ id: string; name: string; code: string; field: string; role: 'technical_head' | 'member' }>;
}

/** 科技特派团 with the 双团长: administrative head and technical head. */
export function TeamsTab() {
  const q = useQuery({ queryKey: ['commissioners', 'teams'], queryFn: () => api.get<{ items: Team[] }>('/api/v1/commissioner-teams') });
  if (q.isPending) return <Spin />;
  if (!q.data?.items.length) return <Empty description="暂无科技特派团" />;
  return (
    <Row gutter={[16, 16]}>
      {q.data.items.map((t) => (
        <Col key={t.id} xs={24} lg={12}>
          <Card size="small" title={t.name} extra={<><Tag color="purple">{t.kindLabel}</Tag><Tag>{t.levelLabel}</Tag></>}>
            <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
              服务产业：{t.field} · 组建单位：{t.leadUnit ?? '—'} · 行政团长：{t.adminHead ?? '—'} · 组建：{t.formedOn ?? '—'}
            </Typography.Paragraph>
            <List size="small" dataSource={t.members} renderItem={(m) => (
              <List.Item>{m.name}（{m.code}）· {m.field}{m.role === 'technical_head' && <Tag color="gold" style={{ marginLeft: 8 }}>技术团长</Tag>}</List.Item>
            )} />
          </Card>
        </Col>
      ))}
    </Row>
  );
}
