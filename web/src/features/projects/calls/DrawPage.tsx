import { useQuery } from '@tanstack/react-query';
import { Alert, Card, Descriptions, Result, Skeleton, Space, Switch, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { PageHeader } from '../../../components/PageHeader';
import { formatDateTime } from '../../../components/format';
import { projectKeys, projectsApi } from '../api/client';
import type { DrawDetail } from '../api/types';

type Exclusion = DrawDetail['projects'][number]['exclusions'][number];

/** One draw as recorded: seed, rule, who was drawn for each project, who was excluded and why, replay check. */
export function DrawPage() {
  const { drawId = '' } = useParams();
  const [all, setAll] = useState(false);
  const q = useQuery({ queryKey: projectKeys.draw(drawId), queryFn: () => projectsApi.draw(drawId) });
  if (q.isLoading) return <Skeleton active />;
  const d = q.data;
  if (!d) return <Result status="404" title="抽取记录不存在或无权访问" />;
  return (
    <>
      <PageHeader title="评审专家抽取记录" subTitle={<Link to={`/project-calls/${d.callId}`}>返回申报指南</Link>} />
      <Card style={{ marginBottom: 16 }}>
        <Descriptions size="small" column={{ xs: 1, md: 3 }}>
          <Descriptions.Item label="抽取时间">{formatDateTime(d.createdAt)}</Descriptions.Item>
          <Descriptions.Item label="随机种子"><Typography.Text code copyable>{d.seed}</Typography.Text></Descriptions.Item>
          <Descriptions.Item label="算法">{d.algorithm}</Descriptions.Item>
          <Descriptions.Item label="抽取规则">每项 {d.rule.perApplication} 名，技术专家 ≥ {d.rule.minTechnicalPercent}%，财务专家 ≥ {d.rule.minFinancial} 名</Descriptions.Item>
          <Descriptions.Item label="专家库规模">{d.poolSize} 名</Descriptions.Item>
          <Descriptions.Item label="重放校验">
            {d.replayMatches ? <Tag color="green" data-testid="replay-ok">按记录重放结果一致</Tag> : <Tag color="red">重放结果不一致，记录可能被改动</Tag>}
          </Descriptions.Item>
        </Descriptions>
        <Space style={{ marginTop: 8 }}><Switch checked={all} onChange={setAll} />显示全部排除（含专业不符、超过评审次数等）</Space>
      </Card>
      {d.projects.map((p) => {
        const shown = all ? p.exclusions : p.exclusions.filter((x) => x.conflict);
        return (
          <Card key={p.id} title={<Link to={`/projects/${p.id}`}>{p.title}</Link>} extra={p.applicantName} style={{ marginBottom: 16 }} data-testid="draw-project">
            <Table size="small" rowKey="expertId" pagination={false} dataSource={p.assignments} title={() => '抽中专家'}
              columns={[
                { title: '序号', dataIndex: 'position', width: 60 },
                { title: '专家', dataIndex: 'expertName', width: 120 },
                { title: '类别', dataIndex: 'categoryLabel', width: 100 },
                { title: '工作单位', dataIndex: 'organisationName' },
              ]} />
            {shown.length === 0 ? <Alert style={{ marginTop: 12 }} type="info" title="没有因利益冲突回避的专家" /> : (
              <Table<Exclusion> style={{ marginTop: 12 }} size="small" rowKey="expertId" pagination={false} dataSource={shown} title={() => '回避与排除'}
                columns={[
                  { title: '专家', dataIndex: 'expertName', width: 120 },
                  { title: '原因', key: 'r', render: (_, x) => x.reasons.map((r) => <div key={r.reason}><Tag color={x.conflict ? 'red' : 'default'}>{r.label}</Tag>{r.note}</div>) },
                ]} />
            )}
          </Card>
        );
      })}
    </>
  );
}
