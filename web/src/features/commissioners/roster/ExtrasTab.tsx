import { useQuery } from '@tanstack/react-query';
import { Card, Col, Row, Statistic, Table, Tag } from 'antd';
import { api } from '../../../api/client';

interface Fund { id: string; year: number; commissioner: { name: string } | null; team: { name: string } | null; project: string; sourceLabel: string; amount: string; disbursedOn: string | null }
interface Base { id: string; name: string; kindLabel: string; level: string | null; villageName: string; commissionerName: string | null; teamName: string | null; industry: string | null; establishedOn: string | null }

const yuan = (v: string) => `${Number(v).toLocaleString('zh-CN', { minimumFractionDigits: 2 })} 元`;

/** 经费 (per commissioner / team and project) and 示范基地、服务样本点、帮扶点、工作站. */
export function ExtrasTab() {
  const funds = useQuery({ queryKey: ['commissioners', 'funds'], queryFn: () => api.get<{ items: Fund[]; total: string }>('/api/v1/commissioner-funds') });
  const sums = useQuery({ queryKey: ['commissioners', 'fund-sums'], queryFn: () => api.get<{ items: Array<{ year: number; source: string; amount: string }> }>('/api/v1/commissioner-funds/summary') });
  const bases = useQuery({ queryKey: ['commissioners', 'bases'], queryFn: () => api.get<{ items: Base[] }>('/api/v1/commissioner-bases') });
  const byYear = new Map<number, number>();
  for (const s of sums.data?.items ?? []) byYear.set(s.year, (byYear.get(s.year) ?? 0) + Number(s.amount));
  return (
    <Row gutter={[16, 16]}>
      <Col span={24}>
        <Card size="small" title="示范基地与服务点">
          <Table<Base> rowKey="id" size="small" loading={bases.isPending} dataSource={bases.data?.items} pagination={{ pageSize: 10 }} columns={[
            { title: '名称', dataIndex: 'name' }, { title: '类型', dataIndex: 'kindLabel', render: (v: string) => <Tag>{v}</Tag> },
            { title: '所在村', dataIndex: 'villageName' }, { title: '负责', key: 'who', render: (_, b) => b.teamName ?? b.commissionerName ?? '—' },
            { title: '产业', dataIndex: 'industry' }, { title: '建立日期', dataIndex: 'establishedOn' },
          ]} />
        </Card>
      </Col>
      <Col span={24}>
        <Card size="small" title="科技特派员经费" extra={[...byYear.entries()].map(([y, v]) => <Statistic key={y} title={`${y} 年合计`} value={v} precision={2} suffix="元" style={{ display: 'inline-block', marginLeft: 24 }} />)}>
          <Table<Fund> rowKey="id" size="small" loading={funds.isPending} dataSource={funds.data?.items} pagination={{ pageSize: 10 }} columns={[
            { title: '年度', dataIndex: 'year', width: 70 }, { title: '项目', dataIndex: 'project' },
            { title: '对象', key: 'who', render: (_, f) => f.team?.name ?? f.commissioner?.name ?? '—' }, { title: '来源', dataIndex: 'sourceLabel', width: 80 },
            { title: '金额', dataIndex: 'amount', align: 'right', render: yuan }, { title: '拨付日期', dataIndex: 'disbursedOn', render: (v: string | null) => v ?? '未拨付' },
          ]} />
        </Card>
      </Col>
    </Row>
  );
}
