import { Alert, Space, Table, Tag } from 'antd';
import type { SorterResult } from 'antd/es/table/interface';
import { Link } from 'react-router-dom';
import { formatDate } from '../../../components/format';
import type { ListQuery } from '../api/client';
import type { EnterpriseRow, Page } from '../api/types';
import { TierTags, StageTag } from '../tags';

interface Props {
  data: Page<EnterpriseRow> | undefined;
  loading: boolean;
  error: unknown;
  query: ListQuery;
  onChange: (patch: Partial<ListQuery>) => void;
}

const sortKeys: Record<string, ListQuery['sort']> = { name: 'name', foundedOn: 'founded', updatedAt: 'updated' };
const sortOrder = (q: ListQuery, key: ListQuery['sort']) => ((q.sort ?? 'name') === key ? (q.order === 'desc' ? 'descend' : 'ascend') : null);

/** 企业库 table: server-side paging and sorting (name, founding date, last change). */
export function EnterpriseTable({ data, loading, error, query, onChange }: Props) {
  if (error) return <Alert type="error" title={(error as Error).message} />;
  return (
    <Table<EnterpriseRow>
      rowKey="id" size="middle" loading={loading} dataSource={data?.items ?? []} data-testid="enterprise-table" scroll={{ x: 1200 }}
      pagination={{ current: data?.page, pageSize: data?.pageSize, total: data?.total, showSizeChanger: true, showTotal: (n) => (data?.totalExact === false ? `约 ${n.toLocaleString('zh-CN')} 家企业（超过一万条时为估计值）` : `共 ${n} 家企业`) }}
      onChange={(p, _f, sorter) => {
        const s = (Array.isArray(sorter) ? sorter[0] : sorter) as SorterResult<EnterpriseRow> | undefined;
        const key = s?.order ? sortKeys[String(s.columnKey)] : undefined;
        onChange({ page: p.current ?? 1, pageSize: p.pageSize ?? query.pageSize, sort: key, order: key ? (s?.order === 'descend' ? 'desc' : 'asc') : undefined });
      }}
      columns={[
        { title: '企业名称', key: 'name', dataIndex: 'name', sorter: true, sortOrder: sortOrder(query, 'name'), fixed: 'left', width: 260,
          render: (v: string, r) => <Link to={`/enterprises/${r.id}`}>{v}</Link> },
        { title: '统一社会信用代码', dataIndex: 'uscc', width: 190 },
        { title: '所在地区', key: 'region', width: 110, render: (_: unknown, r) => r.town?.name ?? r.county.name },
        { title: '所属行业', dataIndex: 'industryName', width: 170, render: (v: string | null) => v ?? '—' },
        { title: '资质', dataIndex: 'tiers', width: 200, render: (_: unknown, r) => <TierTags kinds={r.tiers} /> },
        { title: '培育阶段', dataIndex: 'funnelStage', width: 140, render: (_: unknown, r) => <StageTag stage={r.funnelStage} label={r.funnelStageLabel} /> },
        { title: '包保干部', dataIndex: ['cadre', 'name'], width: 100, render: (v: string | undefined) => v ?? '—' },
        { title: '标签', dataIndex: 'tags', width: 160, render: (tags: string[]) => <Space size={2} wrap>{tags.map((t) => <Tag key={t}>{t}</Tag>)}</Space> },
        { title: '成立日期', key: 'foundedOn', dataIndex: 'foundedOn', width: 120, sorter: true, sortOrder: sortOrder(query, 'founded'), render: formatDate },
        { title: '最近更新', key: 'updatedAt', dataIndex: 'updatedAt', width: 120, sorter: true, sortOrder: sortOrder(query, 'updated'), render: formatDate },
      ]}
    />
  );
}
