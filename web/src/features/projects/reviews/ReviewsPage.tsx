import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Button, Card, Empty, List, Tag } from 'antd';
import { useState } from 'react';
import { PageHeader } from '../../../components/PageHeader';
import { projectKeys, projectsApi } from '../api/client';
import { researchFieldLabels } from '../labels';
import { ReviewPanel } from './ReviewPanel';

const statusColor = { assigned: 'orange', confirmed: 'blue', declined: 'default', submitted: 'green' } as const;

/**
 * The expert's tasks: declare no conflict first, then the application opens and can be scored once.
 * The server pages the list (newest projects first).
 */
export default function ReviewsPage() {
  const [paging, setPaging] = useState({ page: 1, pageSize: 20 });
  const q = useQuery({ queryKey: projectKeys.reviews(paging), queryFn: () => projectsApi.myReviews(paging), placeholderData: keepPreviousData });
  const [openId, setOpenId] = useState<string | null>(null);
  const items = q.data?.items ?? [];
  const open = items.find((r) => r.id === openId) ?? null;
  return (
    <>
      <PageHeader title="评审任务" subTitle="请先确认与项目不存在利益冲突，确认后才能查看申报书并评分；评分提交后不能修改" />
      <Card style={{ marginBottom: 16 }}>
        {items.length === 0 ? <Empty description="暂无评审任务" /> : (
          <List data-testid="review-list" dataSource={items} loading={q.isFetching}
            pagination={{ current: paging.page, pageSize: paging.pageSize, total: q.data?.total ?? 0, showSizeChanger: true, showTotal: (n) => `共 ${n} 项`,
              onChange: (page, pageSize) => setPaging({ page: pageSize === paging.pageSize ? page : 1, pageSize }) }}
            renderItem={(r) => (
            <List.Item key={r.id} actions={[<Button key="open" type="link" onClick={() => setOpenId(r.id)}>{r.status === 'assigned' ? '确认回避' : r.status === 'confirmed' ? '评审' : '查看'}</Button>]}>
              <List.Item.Meta title={r.project.title}
                description={`${r.project.applicantName} · ${r.project.field ? researchFieldLabels[r.project.field as keyof typeof researchFieldLabels] ?? r.project.field : ''} · ${r.project.callTitle}`} />
              <Tag color={statusColor[r.status]}>{r.statusLabel}</Tag>{r.total && <span>总分 {r.total}</span>}
            </List.Item>
          )} />
        )}
      </Card>
      {open && <ReviewPanel review={open} onClose={() => setOpenId(null)} />}
    </>
  );
}
