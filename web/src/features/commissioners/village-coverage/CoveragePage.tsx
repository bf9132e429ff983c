import { CheckCircleFilled, CloseCircleFilled } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Alert, Card, Col, DatePicker, Row, Space, Spin, Statistic, Table, Tag, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useMemo, useState } from 'react';
import { PageHeader } from '../../../components/PageHeader';
import { commissionerKeys, commissionersApi } from '../api/client';
import type { CoverageReport } from '../api/types';
import { EChart } from '../EChart';
import { townBars, villageTreemap } from './charts';
import { CoverageLists } from './CoverageLists';

const Check = ({ ok, label }: { ok: boolean; label: string }) => (
  <Tag color={ok ? 'success' : 'error'} icon={ok ? <CheckCircleFilled /> : <CloseCircleFilled />} style={{ fontSize: 14, padding: '4px 10px' }}>{label}</Tag>
);

export default function CoveragePage() {
  const [date, setDate] = useState<Dayjs>(dayjs());
  const day = date.format('YYYY-MM-DD');
  const q = useQuery({ queryKey: commissionerKeys.coverage({ date: day }), queryFn: () => commissionersApi.coverage({ date: day }) });
  const r = q.data;
  const bars = useMemo(() => (r ? townBars(r) : null), [r]);
  const map = useMemo(() => (r ? villageTreemap(r) : null), [r]);
  const towns: CoverageReport['towns'] = r?.towns ?? [];
  return (
    <>
      <PageHeader title="行政村覆盖" subTitle="科技特派员服务行政村 1:1 全覆盖检查（社区居委会不计入）"
        extra={<Space>统计日期<DatePicker value={date} allowClear={false} onChange={(d) => d && setDate(d)} /></Space>} />
      {q.error && <Alert type="error" showIcon title={q.error.message} />}
      {q.isPending && <Spin size="large" />}
      {r && (
        <Space orientation="vertical" size={16} style={{ width: '100%' }}>
          <Card data-testid="coverage-kpis">
            <Row gutter={16} align="middle">
              <Col xs={12} md={4}><Statistic title="行政村" value={r.totals.total} suffix="个" /></Col>
              <Col xs={12} md={4}><Statistic title="已覆盖" value={r.totals.covered} suffix="个" /></Col>
              <Col xs={12} md={4}><Statistic title="覆盖率" value={r.totals.percent ?? '—'} /></Col>
              <Col xs={12} md={4}><Statistic title="未覆盖" value={r.totals.uncovered} suffix="个" styles={{ content: { color: r.totals.uncovered ? '#cf1322' : undefined } }} /></Col>
              <Col xs={12} md={4}><Statistic title="派驻在村的特派员" value={r.totals.commissioners} suffix="人" /></Col>
              <Col xs={24} md={4}>
                <Space orientation="vertical">
                  <Check ok={r.oneToOne.allCovered} label="行政村全覆盖" />
                  <Check ok={r.oneToOne.strict} label="严格一村一人" />
                </Space>
              </Col>
            </Row>
            <Typography.Text type="secondary">{r.regionName} · 另有社区/虚拟单位 {r.totals.excludedCommunities} 个不计入 · 覆盖率向下取整</Typography.Text>
          </Card>
          <Row gutter={16}>
            <Col xs={24} xl={10}><Card title="各乡镇覆盖情况">{bars && <EChart option={bars} style={{ height: Math.max(360, towns.length * 22) }} testId="town-chart" />}</Card></Col>
            <Col xs={24} xl={14}>
              <Card title="覆盖示意图" extra={<Space size={4}><Tag color="#ff4d4f">无人</Tag><Tag color="#52c41a">1 人</Tag><Tag color="#1677ff">2 人及以上</Tag></Space>}>
                {map && <EChart option={map} style={{ height: Math.max(520, towns.length * 22) }} testId="village-map" />}
              </Card>
            </Col>
          </Row>
          <CoverageLists r={r} />
          <Card title="按乡镇">
            <Table rowKey="townCode" size="small" dataSource={towns} pagination={false} data-testid="town-table" columns={[
              { title: '乡镇', dataIndex: 'townName' },
              { title: '行政村', dataIndex: 'total', align: 'right' },
              { title: '已覆盖', dataIndex: 'covered', align: 'right' },
              { title: '未覆盖', dataIndex: 'uncovered', align: 'right', render: (v: number) => (v ? <Typography.Text type="danger">{v}</Typography.Text> : 0) },
              { title: '多人服务的村', dataIndex: 'shared', align: 'right' },
              { title: '特派员', dataIndex: 'commissioners', align: 'right' },
              { title: '覆盖率', dataIndex: 'percent', align: 'right', render: (v: string | null) => v ?? '—' },
            ]} />
          </Card>
        </Space>
      )}
    </>
  );
}
