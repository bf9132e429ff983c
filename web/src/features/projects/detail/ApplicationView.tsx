import { Descriptions, Table, Tag, Typography } from 'antd';
import type { ProjectDetail } from '../api/types';
import { budgetCategoryLabels, budgetSourceLabels, researchFieldLabels, yuan } from '../labels';
import { ApplicantCard } from '../form/ApplicantCard';

/** The application as submitted (read-only). */
export function ApplicationView({ project: p }: { project: ProjectDetail }) {
  const c = p.content;
  return (
    <>
      <ApplicantCard info={p.applicantInfo} />
      <Descriptions bordered size="small" column={{ xs: 1, md: 2 }} style={{ marginBottom: 16 }}>
        <Descriptions.Item label="项目名称" span={2}>{c.title}</Descriptions.Item>
        <Descriptions.Item label="技术领域">{c.field ? researchFieldLabels[c.field as keyof typeof researchFieldLabels] ?? c.field : '—'}</Descriptions.Item>
        <Descriptions.Item label="实施期">{c.startOn ?? '—'} 至 {c.endOn ?? '—'}</Descriptions.Item>
        <Descriptions.Item label="项目负责人">{c.leader ? `${c.leader.name}${c.leader.title ? `（${c.leader.title}）` : ''}` : '—'}</Descriptions.Item>
        <Descriptions.Item label="项目组成员">{c.team.map((m) => <Tag key={m.name}>{m.name}{m.role ? `·${m.role}` : ''}</Tag>)}</Descriptions.Item>
        <Descriptions.Item label="合作单位" span={2}>{c.partners.map((x) => x.name).join('、') || '—'}</Descriptions.Item>
        <Descriptions.Item label="项目目标" span={2}><Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: 0 }}>{c.goals ?? '—'}</Typography.Paragraph></Descriptions.Item>
        <Descriptions.Item label="考核指标" span={2}>{c.kpis.map((k) => `${k.name}：${k.target}`).join('；') || '—'}</Descriptions.Item>
      </Descriptions>
      <Table size="small" rowKey={(_, i) => String(i)} pagination={false} dataSource={c.budget} title={() => '经费预算'}
        columns={[
          { title: '科目', dataIndex: 'category', render: (v: keyof typeof budgetCategoryLabels) => budgetCategoryLabels[v] },
          { title: '来源', dataIndex: 'source', render: (v: keyof typeof budgetSourceLabels) => budgetSourceLabels[v] },
          { title: '金额', dataIndex: 'amount', align: 'right', render: yuan },
        ]}
        summary={() => (
          <Table.Summary.Row>
            <Table.Summary.Cell index={0} colSpan={2}>合计（财政 {yuan(p.budgetTotals.fiscal)}，自筹 {yuan(p.budgetTotals.self)}）</Table.Summary.Cell>
            <Table.Summary.Cell index={2} align="right">{yuan(p.budgetTotals.total)}</Table.Summary.Cell>
          </Table.Summary.Row>
        )} />
    </>
  );
}
