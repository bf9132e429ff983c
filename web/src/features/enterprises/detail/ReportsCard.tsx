import { Alert, Button, Card, Form, Modal, Select, Table, Tag } from 'antd';
import { useState } from 'react';
import { enterprisesApi } from '../api/client';
import type { EnterpriseDetail, ReportYear } from '../api/types';
import { DateItem } from '../form/DateItem';
import { FormAlert } from '../form/FormAlert';
import { useFormMutation } from '../form/useFormMutation';

const stateTags: Record<ReportYear['state'], [string, string]> = {
  filed: ['success', '已报'], late: ['warning', '逾期补报'], missed: ['error', '逾期未报'], due: ['processing', '待填报'], upcoming: ['default', '未到期'],
};

function FileReportModal({ detail: d, years, onClose }: { detail: EnterpriseDetail; years: number[]; onClose: () => void }) {
  const m = useFormMutation<{ reportYear: number; filedOn: string }>(['reportYear', 'filedOn'], (v) => enterprisesApi.fileReport(d.id, v), '已登记年报填报', onClose);
  return (
    <Modal open title="登记高企年报填报" okText="登记" onCancel={onClose} confirmLoading={m.pending} onOk={m.submit}>
      <FormAlert error={m.error} />
      <Form form={m.form} layout="vertical" initialValues={{ reportYear: years[0] }}>
        <Form.Item name="reportYear" label="报告年度" rules={[{ required: true }]}><Select options={years.map((y) => ({ value: y, label: `${y} 年度` }))} /></Form.Item>
        <DateItem name="filedOn" label="填报日期" required extra="在高企认定管理工作网填报年度发展情况报表的日期" />
      </Form>
    </Modal>
  );
}

/** 高企年度发展情况报表: three report years per certificate, each due 31 May of the next year. */
export function ReportsCard({ detail: d }: { detail: EnterpriseDetail }) {
  const [filing, setFiling] = useState(false);
  const r = d.hnteReports!;
  const open = r.years.filter((y) => !y.filedOn && y.state !== 'upcoming').map((y) => y.reportYear);
  return (
    <Card size="small" title={`高企年报（证书 ${r.certificateNumber ?? '—'}）`}
      extra={d.abilities.fileHnteReport && open.length > 0 && <Button type="primary" onClick={() => setFiling(true)}>登记填报</Button>}>
      {r.flagged && <Alert type="error" showIcon style={{ marginBottom: 12 }} title={`已累计 ${r.missed} 年未报，资格可被取消`} />}
      <Table<ReportYear> rowKey="reportYear" size="small" pagination={false} dataSource={r.years} data-testid="hnte-reports" columns={[
        { title: '报告年度', dataIndex: 'reportYear' },
        { title: '截止日期', dataIndex: 'dueOn' },
        { title: '填报日期', dataIndex: 'filedOn', render: (v: string | null) => v ?? '—' },
        { title: '状态', dataIndex: 'state', render: (s: ReportYear['state']) => <Tag color={stateTags[s][0]}>{stateTags[s][1]}</Tag> },
      ]} />
      {filing && <FileReportModal detail={d} years={open} onClose={() => setFiling(false)} />}
    </Card>
  );
}
