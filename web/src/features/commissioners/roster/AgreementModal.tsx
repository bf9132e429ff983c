import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, DatePicker, Form, Input, Modal, Radio, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { api } from '../../../api/client';
import { applyApiError } from '../../../components/form-errors';
import { commissionerKeys } from '../api/client';
import type { AssignmentRow } from '../api/types';

const defaultTerms = '乙方（科技特派员）每月到服务对象开展技术服务不少于2天，全年不少于24天，开展技术培训、引进推广新品种新技术、帮助解决生产技术问题；丙方（服务对象）提供生产场地和技术需求清单，配合开展示范；甲方（派出单位）按年度拨付工作经费并组织考核。';

const toBase64 = (file: File) => new Promise<string>((resolve, reject) => {
  const r = new FileReader();
  r.onload = () => resolve(String(r.result).split(',')[1] ?? '');
  r.onerror = () => reject(new Error('无法读取文件'));
  r.readAsDataURL(file);
});

/** 三方协议 for one 派驻: terms, period, status, scanned copy (PDF or image, SHA-256 kept). */
export function AgreementModal({ assignment, onClose }: { assignment: AssignmentRow; onClose: () => void }) {
  const [form] = Form.useForm();
  const qc = useQueryClient();
  const { message } = App.useApp();
  const [file, setFile] = useState<File | null>(null);
  const save = useMutation({
    mutationFn: async (v: { terms: string; period: [Dayjs, Dayjs]; status: string; signedOn?: Dayjs; code?: string }) => {
      let attachmentFileId: string | undefined;
      if (file) {
        const mime = file.type === 'application/pdf' || file.type === 'image/png' ? file.type : 'image/jpeg';
        attachmentFileId = (await api.post<{ id: string }>('/api/v1/commissioner-agreements/attachments', { name: file.name, mime, dataBase64: await toBase64(file) })).id;
      }
      return api.post('/api/v1/commissioner-agreements', { assignmentId: assignment.id, terms: v.terms, code: v.code || undefined, status: v.status,
        startsOn: v.period[0].format('YYYY-MM-DD'), endsOn: v.period[1].format('YYYY-MM-DD'), signedOn: v.signedOn?.format('YYYY-MM-DD'), attachmentFileId });
    },
    onSuccess: () => { void message.success('三方协议已登记'); void qc.invalidateQueries({ queryKey: commissionerKeys.all }); onClose(); },
    onError: (err) => { const rest = applyApiError(form, err, ['terms', 'signedOn', 'endsOn']); if (rest) void message.error(rest); },
  });
  return (
    <Modal open title={`三方服务协议：${assignment.commissioner.name} — ${assignment.targetName}`} okText="登记" cancelText="取消" width={640}
      confirmLoading={save.isPending} onCancel={onClose} onOk={() => form.submit()}>
      <Form form={form} layout="vertical" onFinish={(v) => save.mutate(v)}
        initialValues={{ terms: defaultTerms, status: 'signed', signedOn: dayjs(), period: [dayjs(assignment.startsOn), dayjs(assignment.startsOn).add(3, 'year').subtract(1, 'day')] }}>
        <Form.Item name="code" label="协议编号"><Input /></Form.Item>
        <Form.Item name="terms" label="协议条款" rules={[{ required: true, min: 10 }]}><Input.TextArea rows={5} /></Form.Item>
        <Form.Item name="period" label="协议期限" rules={[{ required: true }]}><DatePicker.RangePicker style={{ width: '100%' }} /></Form.Item>
        <Form.Item name="status" label="状态"><Radio.Group options={[{ value: 'draft', label: '待签订' }, { value: 'signed', label: '已签订' }]} /></Form.Item>
        <Form.Item name="signedOn" label="签订日期"><DatePicker style={{ width: '100%' }} /></Form.Item>
        <Form.Item label="协议扫描件（PDF 或图片，1MB 以内）">
          <input type="file" accept=".pdf,image/png,image/jpeg" onChange={(e) => setFile(e.target.files?.[0] ?? null)} />
          {file && <Typography.Text type="secondary"> {file.name}</Typography.Text>}
        </Form.Item>
      </Form>
    </Modal>
  );
}
