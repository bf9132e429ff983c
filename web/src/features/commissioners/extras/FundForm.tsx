import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, DatePicker, Form, Input, InputNumber, Modal, Radio, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { fundSourceLabels, fundSources, type FundSource } from '../../../../../domain/commissioners/vocabulary';
import { adminApi, adminKeys } from '../api/admin';
import { commissionerKeys } from '../api/client';
import { SaveAlert, useSaveError } from '../form-feedback';
import { CommissionerPicker } from '../pickers/CommissionerPicker';

interface Values { year: number; target: 'commissioner' | 'team'; commissionerId?: string; teamId?: string; project: string; source: FundSource; amount: string; disbursedOn?: Dayjs; purpose?: string }
const fields = ['year', 'commissionerId', 'teamId', 'project', 'source', 'amount', 'disbursedOn', 'purpose'];

/** 登记经费: one line per commissioner (or team) and project; the amount stays a decimal string. */
export function FundForm({ onClose }: { onClose: () => void }) {
  const [form] = Form.useForm<Values>();
  const qc = useQueryClient();
  const { message } = App.useApp();
  const target = Form.useWatch('target', form) ?? 'commissioner';
  const teams = useQuery({ queryKey: adminKeys.teams, queryFn: adminApi.teams, enabled: target === 'team' });
  const { error, clear, onError } = useSaveError(form, fields);
  const save = useMutation({
    mutationFn: ({ target: t, ...v }: Values) => adminApi.createFund({ ...v, amount: v.amount.trim(), commissionerId: t === 'commissioner' ? v.commissionerId : null,
      teamId: t === 'team' ? v.teamId : null, disbursedOn: v.disbursedOn?.format('YYYY-MM-DD') ?? null, purpose: v.purpose || null }),
    onSuccess: () => { void message.success('经费已登记'); void qc.invalidateQueries({ queryKey: commissionerKeys.all }); onClose(); },
    onError,
  });
  return (
    <Modal open title="登记科技特派员经费" okText="保存" cancelText="取消" width={600} confirmLoading={save.isPending} onCancel={onClose} onOk={() => form.submit()}>
      <SaveAlert error={error} />
      <Form form={form} layout="vertical" onFinish={(v) => { clear(); save.mutate(v); }} data-testid="fund-form"
        initialValues={{ year: dayjs().year(), target: 'commissioner', source: 'county', disbursedOn: dayjs() }}>
        <Form.Item name="year" label="年度" rules={[{ required: true }]}><InputNumber min={2000} max={2100} style={{ width: '100%' }} /></Form.Item>
        <Form.Item name="target" label="经费对象"><Radio.Group options={[{ value: 'commissioner', label: '科技特派员' }, { value: 'team', label: '科技特派团' }]} /></Form.Item>
        {target === 'commissioner'
          ? <Form.Item name="commissionerId" label="科技特派员" rules={[{ required: true, message: '请选择科技特派员' }]}><CommissionerPicker /></Form.Item>
          : <Form.Item name="teamId" label="科技特派团" rules={[{ required: true, message: '请选择科技特派团' }]}>
              <Select loading={teams.isPending} options={(teams.data?.items ?? []).map((t) => ({ value: t.id, label: t.name }))} />
            </Form.Item>}
        <Form.Item name="project" label="项目" rules={[{ required: true, min: 2, max: 100 }]}><Input placeholder="如：科技特派员农村科技创业行动" /></Form.Item>
        <Form.Item name="source" label="经费来源"><Radio.Group options={fundSources.map((s) => ({ value: s, label: fundSourceLabels[s] }))} /></Form.Item>
        <Form.Item name="amount" label="金额（元）" rules={[{ required: true, pattern: /^\d{1,12}(\.\d{1,2})?$/, message: '应为金额（元），最多两位小数' }]}>
          <Input inputMode="decimal" suffix="元" />
        </Form.Item>
        <Form.Item name="disbursedOn" label="拨付日期" extra="未拨付可清空"><DatePicker style={{ width: '100%' }} /></Form.Item>
        <Form.Item name="purpose" label="用途"><Input maxLength={200} /></Form.Item>
      </Form>
    </Modal>
  );
}
