import { DownloadOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Card, Descriptions, Result, Skeleton, Space, Tabs, Tag } from 'antd';
import { useParams } from 'react-router-dom';
import { PageHeader } from '../../../components/PageHeader';
import { formatDate } from '../../../components/format';
import { projectKeys, projectsApi } from '../api/client';
import { ApplicationForm } from '../form/ApplicationForm';
import { stateColors, trackLabels, yuan } from '../labels';
import { ActionBar } from './ActionBar';
import { ApplicationView } from './ApplicationView';
import { AttachmentsCard } from './AttachmentsCard';
import { ChangesCard } from './ChangesCard';
import { FundsTab } from './FundsTab';
import { ObjectionsCard } from './ObjectionsCard';
import { ReviewsTab } from './ReviewsTab';
import { TimelineCard } from './TimelineCard';

export function ProjectDetailPage() {
  const { id = '' } = useParams();
  const q = useQuery({ queryKey: projectKeys.detail(id), queryFn: () => projectsApi.detail(id) });
  if (q.isLoading) return <Skeleton active />;
  if (q.error || !q.data) return <Result status="404" title="项目不存在或无权访问" subTitle={(q.error as Error | null)?.message} />;
  const p = q.data;
  const implemented = p.approvedAmount !== null || ['approved', 'in_progress', 'acceptance_requested', 'accepted', 'acceptance_failed', 'terminated', 'archived', 'upper_approved'].includes(p.state);
  const tabs = [
    { key: 'application', label: '申报书', children: p.abilities.edit ? <ApplicationForm project={p} /> : <ApplicationView project={p} /> },
    { key: 'attachments', label: '附件', children: <AttachmentsCard project={p} /> },
    { key: 'timeline', label: '办理记录', children: <TimelineCard projectId={p.id} /> },
    ...(p.abilities.viewReviews ? [{ key: 'reviews', label: '专家评审', children: <ReviewsTab projectId={p.id} /> }] : []),
    ...(implemented && p.abilities.archive ? [{ key: 'funds', label: '经费拨付', children: <FundsTab projectId={p.id} /> }] : []),
    ...(p.publicity && p.abilities.archive ? [{ key: 'objections', label: '公示异议', children: <ObjectionsCard project={p} /> }] : []),
    ...(implemented && p.abilities.archive ? [{ key: 'changes', label: '项目变更', children: <ChangesCard project={p} /> }] : []),
  ];
  return (
    <>
      <PageHeader title={p.title || '（未命名项目）'} subTitle={`${p.call.title} · ${trackLabels[p.track]}`}
        extra={p.abilities.archive && <Button icon={<DownloadOutlined />} href={projectsApi.archiveUrl(p.id)}>下载项目档案</Button>} />
      <Card style={{ marginBottom: 16 }}>
        <Descriptions size="small" column={{ xs: 1, md: 3 }}>
          <Descriptions.Item label="状态"><Tag color={stateColors[p.state]} data-testid="project-state">{p.stateLabel}</Tag></Descriptions.Item>
          <Descriptions.Item label="项目编号"><span data-testid="project-no">{p.projectNo ?? '—'}</span></Descriptions.Item>
          <Descriptions.Item label="申报单位">{p.applicant.name}</Descriptions.Item>
          <Descriptions.Item label="申请财政资金">{yuan(p.requestedFiscal)}</Descriptions.Item>
          <Descriptions.Item label="立项金额">{yuan(p.approvedAmount)}</Descriptions.Item>
          <Descriptions.Item label="公示期">{p.publicity ? `${formatDate(p.publicity.startsOn)} 至 ${formatDate(p.publicity.endsOn)}` : '—'}</Descriptions.Item>
        </Descriptions>
        <Space direction="vertical" style={{ width: '100%', marginTop: 12 }}>
          {p.actions.length > 0 ? <ActionBar project={p} /> : <Alert type="info" showIcon title="当前没有需要您办理的操作" />}
        </Space>
      </Card>
      <Card><Tabs items={tabs} /></Card>
    </>
  );
}
