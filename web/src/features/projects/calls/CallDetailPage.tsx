import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Descriptions, Result, Skeleton, Table, Tag } from 'antd';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { PageHeader } from '../../../components/PageHeader';
import { formatDateTime } from '../../../components/format';
import { projectKeys, projectsApi } from '../api/client';
import { trackLabels, wan, yuan } from '../labels';
import { windowTag } from './CallsPage';
import { PaperApplicationButton } from './PaperApplicationButton';

export function CallDetailPage() {
  const { id = '' } = useParams();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const qc = useQueryClient();
  const q = useQuery({ queryKey: projectKeys.call(id), queryFn: () => projectsApi.call(id) });
  const c = q.data;
  const staffView = !!c && c.abilities.draw;
  const ranking = useQuery({ queryKey: [...projectKeys.call(id), 'ranking'], queryFn: () => projectsApi.ranking(id), enabled: staffView });
  const draws = useQuery({ queryKey: [...projectKeys.call(id), 'draws'], queryFn: () => projectsApi.draws(id), enabled: staffView });
  const apply = useMutation({ mutationFn: () => projectsApi.create({ callId: id }), onSuccess: (p) => void navigate(`/projects/${p.id}`), onError: (e: Error) => void message.error(e.message) });
  const draw = useMutation({
    mutationFn: () => projectsApi.runDraw(id),
    onSuccess: (d) => { void qc.invalidateQueries({ queryKey: projectKeys.all }); void navigate(`/project-calls/draws/${d.id}`); },
    onError: (e: Error) => void message.error(e.message),
  });
  if (q.isLoading) return <Skeleton active />;
  if (!c) return <Result status="404" title="申报指南不存在或无权访问" />;
  return (
    <>
      <PageHeader title={c.title} subTitle={`${c.programme.name} · ${trackLabels[c.programme.track]}`}
        extra={<>
          {c.abilities.apply && <Button type="primary" loading={apply.isPending} onClick={() => apply.mutate()}>在线申报</Button>}
          {c.abilities.update && c.windowState === 'open' && <PaperApplicationButton callId={c.id} />}
          {c.abilities.draw && <Button type="primary" loading={draw.isPending} onClick={() => draw.mutate()}>抽取评审专家</Button>}
        </>} />
      <Card style={{ marginBottom: 16 }}>
        <Descriptions size="small" column={{ xs: 1, md: 3 }}>
          <Descriptions.Item label="申报时间">{formatDateTime(c.opensAt)} 至 {formatDateTime(c.closesAt)} {windowTag(c)}</Descriptions.Item>
          <Descriptions.Item label="计划资金">{wan(c.budget)}</Descriptions.Item>
          <Descriptions.Item label="单项财政资金上限">{c.maxFiscalPerProject ? yuan(c.maxFiscalPerProject) : '不限'}</Descriptions.Item>
          <Descriptions.Item label="自筹资金要求">{c.minSelfToFiscal ? `不低于财政资金的 ${c.minSelfToFiscal} 倍` : '无'}</Descriptions.Item>
          <Descriptions.Item label="最长实施期">{c.maxMonths ? `${c.maxMonths} 个月` : '不限'}</Descriptions.Item>
          <Descriptions.Item label="申报条件">
            {c.requireInRegion && <Tag>限本辖区</Tag>}{c.requireHnte && <Tag color="gold">须为高企</Tag>}{c.requireTechSme && <Tag color="blue">须为科小</Tag>}
          </Descriptions.Item>
          <Descriptions.Item label="必备附件" span={3}>{c.requiredAttachments.map((a) => a.label).join('、') || '无'}</Descriptions.Item>
          <Descriptions.Item label="评分表" span={3}>{c.scoreSheet.items.map((i) => `${i.title} ${i.weight}%`).join('；')}</Descriptions.Item>
        </Descriptions>
        {c.description && <Alert type="info" title={c.description} />}
      </Card>
      {staffView && (
        <>
          <Card title="评审汇总与排名" style={{ marginBottom: 16 }}>
            <Table size="small" rowKey={(r) => r.project.id} pagination={false} dataSource={ranking.data?.items ?? []} data-testid="ranking-table"
              columns={[
                { title: '排名', dataIndex: 'rank', width: 60, render: (v: number | null) => v ?? '—' },
                { title: '项目', key: 'p', render: (_, r) => <Link to={`/projects/${r.project.id}`}>{r.project.title}</Link> },
                { title: '申报单位', dataIndex: ['project', 'applicantName'], width: 200 },
                { title: '均分', dataIndex: ['aggregate', 'mean'], width: 80 },
                { title: '去极值均分', dataIndex: ['aggregate', 'trimmedMean'], width: 100 },
                { title: '分差', key: 's', width: 110, render: (_, r) => <>{r.aggregate.spread ?? '—'} {r.aggregate.spreadFlag && <Tag color="red">过大</Tag>}</> },
                { title: '待评', dataIndex: 'pending', width: 70 },
                { title: '状态', dataIndex: ['project', 'stateLabel'], width: 100 },
              ]} />
          </Card>
          <Card title="专家抽取记录">
            <Table size="small" rowKey="id" pagination={false} dataSource={draws.data?.items ?? []}
              columns={[
                { title: '抽取时间', dataIndex: 'createdAt', render: (v: string, r) => <Link to={`/project-calls/draws/${r.id}`}>{formatDateTime(v)}</Link> },
                { title: '类型', dataIndex: 'kind', render: (v: string) => (v === 'batch' ? '批量抽取' : '补抽') },
                { title: '项目数', dataIndex: 'applications' },
                { title: '分配', dataIndex: 'assignments' },
                { title: '回避/排除', dataIndex: 'exclusions' },
                { title: '随机种子', dataIndex: 'seed', render: (v: string) => <code>{v}</code> },
              ]} />
          </Card>
        </>
      )}
    </>
  );
}
