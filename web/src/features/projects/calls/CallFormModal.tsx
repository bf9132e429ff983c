import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, Checkbox, Col, DatePicker, Form, Input, InputNumber, Modal, Row, Select, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { projectKeys, projectsApi } from '../api/client';
import { trackLabels } from '../labels';
import { defaultAttachments, defaultDrawRule, defaultScoreSheet } from './defaults';

interface Values {
  programmeId?: string;
  newProgramme?: string;
  track: 'county' | 'recommend' | 'self_funded';
  year: number;
  title: string;
  window: [Dayjs, Dayjs];
  budget: string;
  maxFiscalPerProject?: string;
  minSelfToFiscal?: string;
  maxMonths?: number;
  rules: string[];
}

const money = { pattern: /^\d{1,12}(\.\d{1,2})?$/, message: '金额（元），最多两位小数' };

/** Publishes a call: programme (existing or new), window, budget, rules; default score sheet and draw rule. */
export function CallFormModal({ onClose }: { onClose: () => void }) {
  const qc = useQueryClient();
  const [form] = Form.useForm<Values>();
  const programmes = useQuery({ queryKey: projectKeys.programmes, queryFn: projectsApi.programmes });
  const create = useMutation({
    mutationFn: async (v: Values) => {
      const programmeId = v.programmeId ?? (await projectsApi.createProgramme({ name: v.newProgramme, level: 'county', track: v.track })).id;
      return projectsApi.createCall({
        programmeId, year: v.year, title: v.title, opensAt: v.window[0].toISOString(), closesAt: v.window[1].toISOString(), budget: v.budget,
        maxFiscalPerProject: v.maxFiscalPerProject || null, minSelfToFiscal: v.minSelfToFiscal || null, maxMonths: v.maxMonths ?? null,
        requireInRegion: v.rules.includes('region'), requireHnte: v.rules.includes('hnte'), requireTechSme: v.rules.includes('sme'),
        requiredAttachments: defaultAttachments, scoreSheet: defaultScoreSheet, drawRule: defaultDrawRule,
      });
    },
    onSuccess: () => { void qc.invalidateQueries({ queryKey: projectKeys.all }); onClose(); },
  });
  return (
    <Modal open width={760} title="发布申报指南" okText="发布" cancelText="取消" confirmLoading={create.isPending} onCancel={onClose}
      onOk={() => void form.validateFields().then((v) => create.mutate(v))}>
      {create.error && <Alert type="error" showIcon title={create.error.message} style={{ marginBottom: 12 }} />}
      <Form form={form} layout="vertical" initialValues={{ year: new Date().getFullYear(), track: 'county', rules: ['region'], maxMonths: 24, minSelfToFiscal: '1' }}>
        <Row gutter={12}>
          <Col span={12}><Form.Item name="programmeId" label="科技计划"><Select allowClear placeholder="选择已有计划，或在右侧新建" options={(programmes.data?.items ?? []).map((p) => ({ value: p.id, label: `${p.name}（${p.trackLabel}）` }))} /></Form.Item></Col>
          <Col span={6}><Form.Item name="newProgramme" label="新建计划名称"><Input /></Form.Item></Col>
          <Col span={6}><Form.Item name="track" label="新计划类型"><Select options={Object.entries(trackLabels).map(([value, label]) => ({ value, label }))} /></Form.Item></Col>
          <Col span={18}><Form.Item name="title" label="指南名称" rules={[{ required: true, min: 4, message: '请填写指南名称' }]}><Input /></Form.Item></Col>
          <Col span={6}><Form.Item name="year" label="年度" rules={[{ required: true }]}><InputNumber style={{ width: '100%' }} min={2000} max={2100} /></Form.Item></Col>
          <Col span={12}><Form.Item name="window" label="申报起止时间" rules={[{ required: true, message: '请选择申报时间' }]}><DatePicker.RangePicker showTime style={{ width: '100%' }} /></Form.Item></Col>
          <Col span={6}><Form.Item name="budget" label="计划资金（元）" rules={[{ required: true, message: '请填写' }, money]}><Input /></Form.Item></Col>
          <Col span={6}><Form.Item name="maxFiscalPerProject" label="单项上限（元）" rules={[money]}><Input /></Form.Item></Col>
          <Col span={6}><Form.Item name="minSelfToFiscal" label="自筹/财政 最低倍数"><Input /></Form.Item></Col>
          <Col span={6}><Form.Item name="maxMonths" label="最长实施期（月）"><InputNumber style={{ width: '100%' }} min={1} max={120} /></Form.Item></Col>
          <Col span={12}><Form.Item name="rules" label="申报条件"><Checkbox.Group options={[{ value: 'region', label: '限本辖区' }, { value: 'hnte', label: '须为高企' }, { value: 'sme', label: '须为科小' }]} /></Form.Item></Col>
        </Row>
        <Typography.Text type="secondary">
          评分表：{defaultScoreSheet.items.map((i) => `${i.title}${i.weight}%`).join('、')}，低于 {defaultScoreSheet.commentBelow} 分须写意见；
          每项抽取 {defaultDrawRule.perApplication} 名专家，技术专家不少于 {defaultDrawRule.minTechnicalPercent}%，财务专家不少于 {defaultDrawRule.minFinancial} 名。
        </Typography.Text>
      </Form>
    </Modal>
  );
}
