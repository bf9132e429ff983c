import { EditOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Space, Spin, Tabs, Tag } from 'antd';
import { useState } from 'react';
import { useParams } from 'react-router-dom';
import { PageHeader } from '../../../components/PageHeader';
import { enterpriseKeys, enterprisesApi } from '../api/client';
import { EnterpriseFormModal } from '../form/EnterpriseFormModal';
import { StageTag, TierTags } from '../tags';
import { AnnualCard } from './AnnualCard';
import { AuditTrailCard } from './AuditTrailCard';
import { DiagnosisCard } from './DiagnosisCard';
import { FunnelCard } from './FunnelCard';
import { MasterCard } from './MasterCard';
import { ReportsCard } from './ReportsCard';
import { TiersCard } from './TiersCard';

/** One enterprise: master data, tiers, annual data, diagnosis from stored data, funnel, batches, reminders, reports and change history. */
export function EnterpriseDetailPage() {
  const { id = '' } = useParams();
  const [editing, setEditing] = useState(false);
  const q = useQuery({ queryKey: enterpriseKeys.detail(id), queryFn: () => enterprisesApi.detail(id) });
  if (q.error) return <Alert type="error" showIcon title={(q.error as Error).message} />;
  const d = q.data;
  if (!d) return <Spin style={{ display: 'block', margin: '80px auto' }} />;
  const canEdit = d.abilities.update || d.abilities.updateProfile;
  return (
    <>
      <PageHeader title={d.name}
        subTitle={<Space wrap data-testid="enterprise-summary">{d.uscc}<span>{d.regionName}</span><TierTags kinds={d.tiers} /><StageTag stage={d.funnelStage} label={d.funnelStageLabel} />
          {d.tags.map((t) => <Tag key={t}>{t}</Tag>)}</Space>}
        extra={canEdit && <Button icon={<EditOutlined />} onClick={() => setEditing(true)}>{d.abilities.update ? '编辑企业信息' : '修改本企业信息'}</Button>} />
      <Tabs defaultActiveKey="overview" items={[
        { key: 'overview', label: '概况', children: <MasterCard detail={d} /> },
        { key: 'diagnosis', label: '诊断', children: <DiagnosisCard diagnosis={d.diagnosis} /> },
        { key: 'annual', label: `年度数据（${d.annualYears.length}）`, children: <AnnualCard detail={d} /> },
        { key: 'tiers', label: '资质', children: <TiersCard detail={d} /> },
        { key: 'funnel', label: '培育链与批次', children: <FunnelCard detail={d} /> },
        ...(d.hnteReports ? [{ key: 'reports', label: '高企年报', children: <ReportsCard detail={d} /> }] : []),
        { key: 'audit', label: '变更记录', children: <AuditTrailCard id={d.id} /> },
      ]} />
      {editing && <EnterpriseFormModal detail={d} onClose={() => setEditing(false)} />}
    </>
  );
}
