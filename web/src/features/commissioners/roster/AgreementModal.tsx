import { PaperClipOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, DatePicker, Flex, Form, Input, Modal, Radio, Spin, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { agreementStatuses, agreementStatusLabels, type AgreementStatus } from '../../../../../domain/commissioners/vocabulary';
import { adminApi, adminKeys, type Agreement, attachmentUrl } from '../api/admin';
import { commissionerKeys } from '../api/client';
import type { AssignmentRow } from '../api/types';
import { useCanManage } from '../access';
import { SaveAlert, useLatest, useSaveError } from '../form-feedback';
import { readAttachment } from './attachment';

const defaultTerms = '乙方（科技特派员）每月到服务对象开展技术服务不少于2天，全年不少于24天，开展技术培训、引进推广新品种新技术、帮助解决生产技术问题；丙方（服务对象）提供生产场地和技术需求清单，配合开展示范；甲方（派出单位）按年度拨付工作经费并组织考核。';
const fields = ['code', 'bureauParty', 'terms', 'signedOn', 'startsOn', 'endsOn', 'status', 'attachmentFileId'];

interface Values { code?: string; bureauParty?: string; terms: string; startsOn: Dayjs; endsOn: Dayjs; status: AgreementStatus; signedOn?: Dayjs | null }

const day = (d: string | null) => (d ? dayjs(d) : null);
const valuesOf = (a: Agreement | null, assignment: AssignmentRow): Partial<Values> => (a
  ? { code: a.code ?? '', bureauParty: a.bureauParty, terms: a.terms, startsOn: dayjs(a.startsOn), endsOn: dayjs(a.endsOn), status: a.status, signedOn: day(a.signedOn) }
  : { terms: defaultTerms, status: 'signed', signedOn: dayjs(), startsOn: dayjs(assignment.startsOn), endsOn: dayjs(assignment.startsOn).add(3, 'year').subtract(1, 'day') });

function AgreementForm({ assignment, agreement: initial, onClose }: { assignment: AssignmentRow; agreement: Agreement | null; onClose: () => void }) {
  const [form] = Form.useForm<Values>();
  const qc = useQueryClient();
  const { message } = App.useApp();
  const canManage = useCanManage();
  const [file, setFile] = useState<File | null>(null);
  const { error, clear, onError } = useSaveError(form, fields);
  const [agreement, reload] = useLatest(initial, adminApi.agreement, (fresh) => {
    form.setFieldsValue(valuesOf(fresh, assignment));
    clear();
  });
  const save = useMutation({
    mutationFn: async (v: Values) => {
      const attachmentFileId = file ? (await adminApi.uploadAttachment(await readAttachment(file))).id : undefined;
      const body = { code: v.code || null, bureauParty: v.bureauParty || undefined, terms: v.terms, status: v.status, startsOn: v.startsOn.format('YYYY-MM-DD'),
        endsOn: v.endsOn.format('YYYY-MM-DD'), signedOn: v.signedOn?.format('YYYY-MM-DD') ?? null, attachmentFileId };
      return agreement ? adminApi.updateAgreement(agreement.id, { ...body, version: agreement.version }) : adminApi.createAgreement({ ...body, assignmentId: assignment.id });
    },
    onSuccess: () => { void message.success(agreement ? '三方协议已保存' : '三方协议已登记'); void qc.invalidateQueries({ queryKey: commissionerKeys.all }); onClose(); },
    onError,
  });
  return (
    <Modal open title={`三方服务协议：${assignment.commissioner.name} — ${assignment.targetName}`} okText={agreement ? '保存' : '登记'} cancelText="取消" width={640}
      confirmLoading={save.isPending} onCancel={onClose} onOk={() => form.submit()} footer={canManage ? undefined : null}>
      <SaveAlert error={error} onReload={reload} />
      <Form form={form} layout="vertical" disabled={!canManage} onFinish={(v) => { clear(); save.mutate(v); }} initialValues={valuesOf(agreement, assignment)} data-testid="agreement-form">
        <Flex gap={12}>
          <Form.Item name="code" label="协议编号" style={{ flex: 1 }}><Input /></Form.Item>
          <Form.Item name="bureauParty" label="派出单位（甲方）" style={{ flex: 1 }} extra={agreement ? undefined : '不填则为本局'}><Input /></Form.Item>
        </Flex>
        <Form.Item name="terms" label="协议条款" rules={[{ required: true, min: 10 }]}><Input.TextArea rows={5} /></Form.Item>
        <Flex gap={12}>
          <Form.Item name="startsOn" label="开始日期" rules={[{ required: true }]} style={{ flex: 1 }}><DatePicker style={{ width: '100%' }} /></Form.Item>
          <Form.Item name="endsOn" label="结束日期" rules={[{ required: true }]} style={{ flex: 1 }}><DatePicker style={{ width: '100%' }} /></Form.Item>
          <Form.Item name="signedOn" label="签订日期" style={{ flex: 1 }}><DatePicker style={{ width: '100%' }} /></Form.Item>
        </Flex>
        <Form.Item name="status" label="状态"><Radio.Group options={agreementStatuses.map((s) => ({ value: s, label: agreementStatusLabels[s] }))} /></Form.Item>
        <Form.Item label="协议扫描件（PDF、PNG 或 JPEG，1MB 以内）">
          {agreement?.attachment && (
            <div><a href={attachmentUrl(agreement.id)} download data-testid="agreement-attachment"><PaperClipOutlined /> {agreement.attachment.name}</a>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}> SHA-256 {agreement.attachment.sha256.slice(0, 12)}…（选择新文件可替换）</Typography.Text></div>
          )}
          <input type="file" accept=".pdf,image/png,image/jpeg" data-testid="agreement-file" onChange={(e) => setFile(e.target.files?.[0] ?? null)} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** 三方协议 of one 派驻: register it, or edit terms, period and status and replace the scanned copy. */
export function AgreementModal({ assignment, onClose }: { assignment: AssignmentRow; onClose: () => void }) {
  const id = assignment.agreement?.id;
  const q = useQuery({ queryKey: adminKeys.agreement(id ?? ''), queryFn: () => adminApi.agreement(id!), enabled: !!id, staleTime: 0 });
  if (id && !q.data) return <Modal open footer={null} onCancel={onClose} title="三方服务协议">{q.error ? <Typography.Text type="danger">{q.error.message}</Typography.Text> : <Spin />}</Modal>;
  return <AgreementForm assignment={assignment} agreement={q.data ?? null} onClose={onClose} />;
}
