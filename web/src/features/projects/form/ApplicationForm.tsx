import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Col, DatePicker, Divider, Form, Input, Row, Select, Space, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect, useRef, useState } from 'react';
import { projectKeys, projectsApi } from '../api/client';
import type { Content, ProjectDetail } from '../api/types';
import { researchFieldLabels } from '../labels';
import { ApplicantCard } from './ApplicantCard';
import { BudgetEditor, PairList } from './ListEditors';

type Values = Omit<Content, 'startOn' | 'endOn' | 'partners'> & { startOn?: Dayjs | null; endOn?: Dayjs | null; partners?: { name: string }[] };

const toValues = (c: Content): Values => ({ ...c, startOn: c.startOn ? dayjs(c.startOn) : null, endOn: c.endOn ? dayjs(c.endOn) : null });
const toBody = (v: Values) => ({
  title: v.title ?? '', field: v.field ?? null, leader: v.leader?.name ? v.leader : null,
  team: (v.team ?? []).filter((m) => m?.name), partners: (v.partners ?? []).filter((x) => x?.name),
  startOn: v.startOn?.format('YYYY-MM-DD') ?? null, endOn: v.endOn?.format('YYYY-MM-DD') ?? null,
  budget: (v.budget ?? []).filter((l) => l?.category && l.source && /^\d{1,12}(\.\d{1,2})?$/.test(l.amount ?? '')),
  goals: v.goals ?? null, kpis: (v.kpis ?? []).filter((k) => k?.name && k.target),
});

/** The editable application: saved automatically a moment after each change (草稿自动保存). */
export function ApplicationForm({ project }: { project: ProjectDetail }) {
  const qc = useQueryClient();
  const [form] = Form.useForm<Values>();
  const version = useRef(project.version);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const [savedAt, setSavedAt] = useState<string | null>(null);
  const save = useMutation({
    mutationFn: (v: Values) => projectsApi.save(project.id, { version: version.current, ...toBody(v) }),
    onSuccess: (p) => {
      version.current = p.version;
      qc.setQueryData(projectKeys.detail(project.id), p);
      setSavedAt(dayjs().format('HH:mm:ss'));
    },
  });
  useEffect(() => { version.current = project.version; }, [project.version]);
  useEffect(() => () => { if (timer.current) clearTimeout(timer.current); }, []);
  const schedule = () => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(() => save.mutate(form.getFieldsValue(true)), 1000);
  };
  const status = save.isPending ? '保存中…' : save.error ? `保存失败：${save.error.message}` : savedAt ? `已自动保存于 ${savedAt}` : '修改后自动保存';
  return (
    <>
      <ApplicantCard info={project.applicantInfo} />
      {project.completeness.length > 0 && (
        <Alert type="warning" showIcon style={{ marginBottom: 16 }} data-testid="completeness" title="提交前还需完善："
          description={<ul style={{ margin: 0, paddingLeft: 18 }}>{project.completeness.map((p) => <li key={p.field + p.message}>{p.message}</li>)}</ul>} />
      )}
      <Form form={form} layout="vertical" initialValues={toValues(project.content)} onValuesChange={schedule} data-testid="application-form">
        <Row gutter={16}>
          <Col xs={24} md={16}><Form.Item name="title" label="项目名称"><Input maxLength={200} /></Form.Item></Col>
          <Col xs={24} md={8}><Form.Item name="field" label="技术领域"><Select allowClear options={Object.entries(researchFieldLabels).map(([value, label]) => ({ value, label }))} /></Form.Item></Col>
          <Col xs={24} md={8}><Form.Item name={['leader', 'name']} label="项目负责人"><Input /></Form.Item></Col>
          <Col xs={24} md={8}><Form.Item name={['leader', 'title']} label="负责人职称"><Input /></Form.Item></Col>
          <Col xs={12} md={4}><Form.Item name="startOn" label="开始日期"><DatePicker style={{ width: '100%' }} /></Form.Item></Col>
          <Col xs={12} md={4}><Form.Item name="endOn" label="结束日期"><DatePicker style={{ width: '100%' }} /></Form.Item></Col>
        </Row>
        <Divider titlePlacement="left">项目组成员</Divider>
        <PairList name="team" first="姓名" second="分工" addText="添加成员" testId="team-editor" />
        <Divider titlePlacement="left">经费预算（财政资金 / 自筹资金）</Divider>
        <BudgetEditor />
        <Divider titlePlacement="left">目标与考核指标</Divider>
        <Form.Item name="goals" label="项目目标"><Input.TextArea rows={4} maxLength={20000} /></Form.Item>
        <PairList name="kpis" first="指标名称" second="目标值" addText="添加考核指标" testId="kpi-editor" />
      </Form>
      <Space style={{ marginTop: 16 }}>
        <Button onClick={() => save.mutate(form.getFieldsValue(true))} loading={save.isPending}>保存草稿</Button>
        <Typography.Text type={save.error ? 'danger' : 'secondary'} data-testid="autosave-status">{status}</Typography.Text>
      </Space>
    </>
  );
}
