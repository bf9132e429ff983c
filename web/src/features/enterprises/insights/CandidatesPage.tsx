import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Alert, Card, Segmented, Space, Table, Tag } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { PageHeader } from '../../../components/PageHeader';
import { RegionCascader } from '../../../components/RegionCascader';
import { enterpriseKeys, enterprisesApi } from '../api/client';
import type { Candidate } from '../api/types';
import { StageTag, TierTags } from '../tags';

type Target = 'all' | 'hnte' | 'tech_sme';
const scoreText = (c: Candidate) => (typeof c.score === 'number' ? `${c.score} 分` : c.score.min === c.score.max ? `${c.score.min} 分` : `${c.score.min}–${c.score.max} 分`);
/** From stored data the expert-judged 高企 items count 0 at the low end, so a 高企 candidate is 有望通过 (API-CONTRACT-enterprises.md). */
const verdictText = (c: Candidate) => (c.target === 'hnte' ? '有望通过' : c.verdict === 'eligible' ? '符合条件' : '接近条件');

/** 发现一批: enterprises whose stored annual data puts them close to 高企 (without a valid certificate) or 科小 (not registered this year). */
export default function CandidatesPage() {
  const [q, setQ] = useState<{ target: Target; regionCode?: string; page: number; pageSize: number }>({ target: 'all', page: 1, pageSize: 20 });
  const query = { ...q, target: q.target === 'all' ? undefined : q.target };
  const list = useQuery({ queryKey: enterpriseKeys.candidates(query), queryFn: () => enterprisesApi.candidates(query), placeholderData: keepPreviousData });
  return (
    <>
      <PageHeader title="发现一批" subTitle="按已录入的年度数据诊断，找出接近高新技术企业、科技型中小企业条件的企业，作为培育和推荐对象" />
      <Card>
        <Space wrap style={{ marginBottom: 16 }}>
          <Segmented<Target> value={q.target} onChange={(target) => setQ({ ...q, target, page: 1 })}
            options={[{ value: 'all', label: '全部' }, { value: 'hnte', label: '高新技术企业' }, { value: 'tech_sme', label: '科技型中小企业' }]} />
          <RegionCascader maxDepth={4} placeholder="所在地区" style={{ width: 240 }} value={q.regionCode} onChange={(regionCode) => setQ({ ...q, regionCode, page: 1 })} />
        </Space>
        {list.error ? <Alert type="error" title={(list.error as Error).message} /> : (
          <Table<Candidate> rowKey={(c) => `${c.target}-${c.enterprise.id}`} size="middle" loading={list.isFetching} dataSource={list.data?.items ?? []}
            data-testid="candidate-table"
            pagination={{ current: q.page, pageSize: q.pageSize, total: list.data?.total, showTotal: (n) => `共 ${n} 条`, onChange: (page, pageSize) => setQ({ ...q, page, pageSize }) }}
            columns={[
              { title: '企业名称', key: 'name', render: (_, c) => <Link to={`/enterprises/${c.enterprise.id}`}>{c.enterprise.name}</Link> },
              { title: '所在地区', key: 'region', width: 110, render: (_, c) => c.enterprise.town?.name ?? c.enterprise.county.name },
              { title: '培育目标', dataIndex: 'target', width: 140, render: (t: Candidate['target']) => (t === 'hnte' ? <Tag color="red">高新技术企业</Tag> : <Tag color="blue">科技型中小企业</Tag>) },
              { title: '诊断结论', key: 'verdict', width: 110, render: (_, c) => <Tag color={c.verdict === 'eligible' && c.target === 'tech_sme' ? 'success' : 'warning'}>{verdictText(c)}</Tag> },
              { title: '评分', key: 'score', width: 110, render: (_, c) => scoreText(c) },
              { title: '依据年度', dataIndex: 'years', width: 130, render: (y: number[]) => y.join('、') },
              { title: '现有资质', key: 'tiers', width: 180, render: (_, c) => <TierTags kinds={c.enterprise.tiers} /> },
              { title: '培育阶段', key: 'stage', width: 140, render: (_, c) => <StageTag stage={c.enterprise.funnelStage} label={c.enterprise.funnelStageLabel} /> },
              { title: '包保干部', key: 'cadre', width: 100, render: (_, c) => c.enterprise.cadre?.name ?? '—' },
            ]} />
        )}
      </Card>
    </>
  );
}
