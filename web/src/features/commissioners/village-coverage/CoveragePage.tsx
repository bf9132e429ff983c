import { ArrowLeftOutlined, CheckCircleFilled, CloseCircleFilled } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Card, Col, DatePicker, Row, Space, Spin, Statistic, Table, Tag, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useMemo, useState } from 'react';
import { PageHeader } from '../../../components/PageHeader';
import { commissionerKeys, commissionersApi } from '../api/client';
import type { CoverageReport } from '../api/types';
import { EChart } from '../EChart';
import { townBars, villageTreemap } from './charts';
import { CountyTable } from './CountyTable';
import { CoverageLists } from './CoverageLists';

const Check = ({ ok, label }: { ok: boolean; label: string }) => (
  <Tag color={ok ? 'success' : 'error'} icon={ok ? <CheckCircleFilled /> : <CloseCircleFilled />} style={{ fontSize: 14, padding: '4px 10px' }}>{label}</Tag>
);

/**
 * A county bureau sees its villages; a city or province bureau sees one row per county and opens
 * a county (regionCode) for its villages, so no page loads a province's villages at once.
 */
export default function CoveragePage() {
  const [date, setDate] = useState<Dayjs>(dayjs());
  const [regionCode, setRegionCode] = useState<string | undefined>();
  const query = { date: date.format('YYYY-MM-DD'), regionCode };
  const q = useQuery({ queryKey: commissionerKeys.coverage(query), queryFn: () => commissionersApi.coverage(query) });
  const r = q.data;
  const county = r?.level === 'county';
  return (
    <>
      <PageHeader title="行政村覆盖" subTitle="科技特派员服务行政村 1:1 全覆盖检查（社区居委会不计入）"
        extra={<Space>
          {regionCode && <Button icon={<ArrowLeftOutlined />} onClick={() => setRegionCode(undefined)}>返回各县汇总</Button>}
          统计日期<DatePicker value={date} allowClear={false} onChange={(d) => d && setDate(d)} />
        </Space>} />
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
            {!county && <div><Typography.Text type="secondary" data-testid="one-to-one-counts">
              多名特派员服务的村 {r.oneToOne.counts.sharedVillages} 个 · 未派驻到村的在岗特派员 {r.oneToOne.counts.commissionersWithoutVillage} 人 · 服务多个村的特派员 {r.oneToOne.counts.commissionersWithSeveral} 人
            </Typography.Text></div>}
          </Card>
          {county ? <VillageReport r={r} /> : <CountyTable r={r} onOpen={setRegionCode} />}
        </Space>
      )}
    </>
  );
}

/** A county's (or town's) villages: charts per town, the schematic map, the 1:1 lists, the town table. */
function VillageReport({ r }: { r: CoverageReport }) {
  const bars = useMemo(() => townBars(r), [r]);
  const map = useMemo(() => villageTreemap(r), [r]);
  const towns = r.towns;
  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
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
  );
}
