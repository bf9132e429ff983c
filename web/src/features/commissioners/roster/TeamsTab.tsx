import { EditOutlined, PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Card, Col, Empty, Flex, List, Row, Spin, Tag, Typography } from 'antd';
import { useState } from 'react';
import { adminApi, adminKeys, type Team } from '../api/admin';
import { useCanManage } from '../access';
import { TeamForm } from './TeamForm';

/** 科技特派团 with the 双团长: administrative head and technical head; staff form and edit them. */
export function TeamsTab() {
  const canManage = useCanManage();
  const [editing, setEditing] = useState<Team | 'new' | null>(null);
  const q = useQuery({ queryKey: adminKeys.teams, queryFn: adminApi.teams });
  return (
    <>
      {canManage && (
        <Flex justify="end" style={{ marginBottom: 12 }}>
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')}>组建科技特派团</Button>
        </Flex>
      )}
      {q.error && <Alert type="error" title={q.error.message} />}
      {q.isPending && <Spin />}
      {q.data?.items.length === 0 && <Empty description="暂无科技特派团" />}
      <Row gutter={[16, 16]}>
        {q.data?.items.map((t) => (
          <Col key={t.id} xs={24} lg={12}>
            <Card size="small" title={t.name} data-testid="team-card"
              extra={<><Tag color="purple">{t.kindLabel}</Tag><Tag>{t.levelLabel}</Tag>
                {canManage && <Button size="small" type="link" icon={<EditOutlined />} onClick={() => setEditing(t)}>编辑</Button>}</>}>
              <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
                服务产业：{t.field} · 组建单位：{t.leadUnit ?? '—'} · 行政团长：{t.adminHead ?? '—'} · 组建：{t.formedOn ?? '—'}
              </Typography.Paragraph>
              <List size="small" dataSource={t.members} locale={{ emptyText: '暂无成员' }} renderItem={(m) => (
                <List.Item>{m.name}（{m.code}）· {m.field}{m.role === 'technical_head' && <Tag color="gold" style={{ marginLeft: 8 }}>技术团长</Tag>}</List.Item>
              )} />
            </Card>
          </Col>
        ))}
      </Row>
      {editing && <TeamForm team={editing === 'new' ? null : editing} onClose={() => setEditing(null)} />}
    </>
  );
}
