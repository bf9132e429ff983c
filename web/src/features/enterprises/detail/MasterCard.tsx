import { Alert, Card, Descriptions, List, Space, Tag } from 'antd';
import { formatDate, formatDateTime } from '../../../components/format';
import { MaskedField } from '../../../components/MaskedField';
import { enterprisesApi } from '../api/client';
import type { EnterpriseDetail } from '../api/types';
import { severityColors, tierStateColors } from '../labels';

/** 基本信息, current tiers and the reminders of the next three months. */
export function MasterCard({ detail: d }: { detail: EnterpriseDetail }) {
  const reveal = d.abilities.revealPhone ? async () => (await enterprisesApi.revealPhone(d.id)).phone ?? '（未登记）' : undefined;
  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      {d.hnteReports?.flagged && <Alert type="error" showIcon title={`高企年报已累计 ${d.hnteReports.missed} 年未报，资格可能被取消`} />}
      <Card title="基本信息" size="small" data-testid="enterprise-master">
        <Descriptions size="small" column={{ xs: 1, md: 2, xl: 3 }} items={[
          { key: 'uscc', label: '统一社会信用代码', children: d.uscc },
          { key: 'region', label: '所在地区', children: [d.county.name, d.town?.name].filter(Boolean).join(' / ') },
          { key: 'founded', label: '成立日期', children: formatDate(d.foundedOn) },
          { key: 'industry', label: '所属行业', children: d.industry ? `${d.industry.sectionName} / ${d.industry.code} ${d.industry.name}` : '—' },
          { key: 'field', label: '技术领域', children: d.hnteFieldPath.length ? d.hnteFieldPath.join(' / ') : '—' },
          { key: 'address', label: '地址', children: d.address ?? '—' },
          { key: 'legalRep', label: '法定代表人', children: d.legalRep ?? '—' },
          { key: 'contact', label: '联系人', children: d.contactName ?? '—' },
          { key: 'phone', label: '联系电话', children: <MaskedField masked={d.phoneMasked} reveal={reveal} label="联系电话" /> },
          { key: 'cadre', label: '包保干部', children: d.cadre?.name ?? '—' },
          { key: 'updated', label: '最近更新', children: formatDateTime(d.updatedAt) },
          ...(d.isDemo ? [{ key: 'demo', label: '数据来源', children: <Tag>演示数据</Tag> }] : []),
        ]} />
      </Card>
      <Card title="现有资质" size="small">
        {d.currentTiers.length === 0 ? '暂无有效资质' : (
          <Space wrap>{d.currentTiers.map((t) => (
            <Tag key={t.id} color={tierStateColors[t.state]}>
              {t.kindLabel}{t.number ? ` ${t.number}` : ''}（{t.validUntil ? `有效期至 ${t.validUntil}` : `${t.validFrom} 起`}）
            </Tag>
          ))}</Space>
        )}
      </Card>
      <Card title="近三个月提醒" size="small" data-testid="enterprise-reminders">
        <List size="small" dataSource={d.reminders} locale={{ emptyText: '暂无需要处理的提醒' }} renderItem={(r) => (
          <List.Item extra={r.dueOn ? `截止 ${r.dueOn}` : undefined}>
            <Space><Tag color={severityColors[r.severity]}>{r.kindLabel}</Tag>{r.message}</Space>
          </List.Item>
        )} />
      </Card>
    </Space>
  );
}
