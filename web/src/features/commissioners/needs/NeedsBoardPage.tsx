import { PlusOutlined } from '@ant-design/icons';
import { useQueries } from '@tanstack/react-query';
import { Badge, Button, Card, Col, Empty, Flex, Row, Typography } from 'antd';
import { useState } from 'react';
import { needStatuses, needStatusLabels } from '../../../../../domain/commissioners/needs';
import { useCurrentUser } from '../../../app/auth';
import { formatDate } from '../../../components/format';
import { PageHeader } from '../../../components/PageHeader';
import { commissionerKeys, commissionersApi } from '../api/client';
import { NeedDrawer } from './NeedDrawer';
import { NeedForm } from './NeedForm';

const colors = { raised: '#faad14', dispatched: '#1677ff', in_progress: '#722ed1', solved: '#52c41a', closed: '#8c8c8c' };

/** 需求对接 board: one column per state, newest first. */
export default function NeedsBoardPage() {
  const me = useCurrentUser();
  const canRaise = me.roles.some((r) => r === 'staff' || r === 'leader' || r === 'enterprise');
  const [open, setOpen] = useState<string | null>(null);
  const [adding, setAdding] = useState(false);
  const columns = useQueries({ queries: needStatuses.map((status) => ({
    queryKey: commissionerKeys.needs({ status }), queryFn: () => commissionersApi.needs({ status, pageSize: 50 }),
  })) });
  return (
    <>
      <PageHeader title="需求对接" subTitle="村、企业、合作社提出需求 → 派单给科技特派员 → 服务 → 办结与评价"
        extra={canRaise && <Button type="primary" icon={<PlusOutlined />} onClick={() => setAdding(true)}>登记需求</Button>} />
      <Row gutter={12} wrap={false} style={{ overflowX: 'auto' }} data-testid="needs-board">
        {needStatuses.map((status, i) => {
          const page = columns[i]?.data;
          return (
            <Col key={status} flex="1 0 230px">
              <Card size="small" loading={columns[i]?.isPending} title={<Flex gap={8} align="center"><Badge color={colors[status]} />{needStatusLabels[status]}<Typography.Text type="secondary">{page?.total ?? 0}</Typography.Text></Flex>}
                styles={{ body: { background: '#f7f8fa', minHeight: 300, maxHeight: '70vh', overflowY: 'auto', padding: 8 } }}>
                {page?.items.length === 0 && <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="无" />}
                <Flex vertical gap={8}>
                  {page?.items.map((n) => (
                    <Card key={n.id} size="small" hoverable onClick={() => setOpen(n.id)} data-testid="need-card">
                      <Typography.Text strong>{n.title}</Typography.Text>
                      <div><Typography.Text type="secondary" style={{ fontSize: 12 }}>{n.requesterName} · {formatDate(n.raisedAt)}</Typography.Text></div>
                      {n.commissioner && <div style={{ fontSize: 12 }}>特派员：{n.commissioner.name}</div>}
                    </Card>
                  ))}
                </Flex>
              </Card>
            </Col>
          );
        })}
      </Row>
      {open && <NeedDrawer id={open} onClose={() => setOpen(null)} />}
      {adding && <NeedForm onClose={() => setAdding(false)} />}
    </>
  );
}
