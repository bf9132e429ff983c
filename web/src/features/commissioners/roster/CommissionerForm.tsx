import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, AutoComplete, Form, Input, Modal, Radio, Select, Switch } from 'antd';
import { commonFields } from '../../../../../domain/commissioners/vocabulary';
import { AccountSelect } from '../../../components/AccountSelect';
import { commissionerKeys, commissionersApi } from '../api/client';
import type { CommissionerRow } from '../api/types';
import { formOptions, levelOptions } from '../access';
import { SaveAlert, useLatest, useSaveError } from '../form-feedback';

const fields = ['code', 'name', 'form', 'level', 'gender', 'field', 'workUnit', 'title', 'isStudent', 'phone', 'status', 'userId'];
const NO_ACCOUNT = 'none';

const valuesOf = (r: CommissionerRow) => ({ code: r.code, name: r.name, form: r.form, level: r.level, gender: r.gender, field: r.field, workUnit: r.workUnit, title: r.title ?? '', isStudent: r.isStudent, userId: r.user?.id ?? NO_ACCOUNT });

/** 新增科技特派员 into the 备选库 (candidate) or directly as selected (active); or edit one (`row`, with its version). */
export function CommissionerForm({ candidate, row: initial, onClose }: { candidate?: boolean; row?: CommissionerRow; onClose: () => void }) {
  const [form] = Form.useForm();
  const qc = useQueryClient();
  const { message } = App.useApp();
  const { error, clear, onError } = useSaveError(form, fields);
  const [row, reload] = useLatest(initial, commissionersApi.one, (fresh) => {
    form.setFieldsValue(valuesOf(fresh));
    clear();
  });
  const save = useMutation({
    mutationFn: (v: Record<string, unknown>) => {
      const userId = v.userId === NO_ACCOUNT ? (row ? null : undefined) : v.userId;
      const body = { ...v, code: v.code || undefined, phone: v.phone || undefined, title: v.title || (row ? null : undefined), userId };
      return row ? commissionersApi.update(row.id, { ...body, version: row.version }) : commissionersApi.create(body);
    },
    onSuccess: (saved) => {
      void message.success(row ? `已保存 ${saved.name}` : `已新增 ${saved.name}（${saved.code}）`);
      void qc.invalidateQueries({ queryKey: commissionerKeys.all });
      onClose();
    },
    onError,
  });
  return (
    <Modal open title={row ? `编辑：${row.name}` : candidate ? '加入备选库' : '新增科技特派员'} okText="保存" cancelText="取消" onCancel={onClose} confirmLoading={save.isPending} onOk={() => form.submit()} width={620}>
      <SaveAlert error={error} onReload={reload} />
      <Form form={form} layout="vertical" onFinish={(v) => { clear(); save.mutate(v); }} data-testid="commissioner-form"
        initialValues={row ? valuesOf(row) : { form: 'individual', level: 'county', isStudent: false, status: candidate ? 'candidate' : 'active', userId: NO_ACCOUNT }}>
        <Form.Item name="name" label="姓名/名称" rules={[{ required: true, min: 2 }]}><Input /></Form.Item>
        <Form.Item name="code" label="编号" extra={row ? undefined : '留空则自动编号'}><Input /></Form.Item>
        <Form.Item name="form" label="形式"><Radio.Group options={formOptions} /></Form.Item>
        <Form.Item name="level" label="级别" rules={[{ required: true }]}><Select options={levelOptions} /></Form.Item>
        <Form.Item name="gender" label="性别"><Radio.Group options={[{ value: 'male', label: '男' }, { value: 'female', label: '女' }]} /></Form.Item>
        <Form.Item name="field" label="专业领域" rules={[{ required: true, min: 2 }]}>
          <AutoComplete options={commonFields.map((f) => ({ value: f }))} placeholder="如：果蔬园艺" />
        </Form.Item>
        <Form.Item name="workUnit" label="工作单位" rules={[{ required: true, min: 2 }]}><Input /></Form.Item>
        <Form.Item name="title" label="职称"><Input /></Form.Item>
        <Form.Item name="phone" label="手机号码" extra={row ? `当前：${row.phoneMasked ?? '未填写'}；不修改请留空` : undefined} rules={[{ pattern: /^1[3-9]\d{9}$/, message: '应为 11 位手机号码' }]}><Input inputMode="tel" /></Form.Item>
        <Form.Item name="isStudent" label="大学生科技特派员" valuePropName="checked"><Switch /></Form.Item>
        <Form.Item name="userId" label="登录账号" extra="关联后，该账号可在手机上填写服务日志（须有“科技特派员”角色）">
          <AccountSelect roles={['commissioner']} fixedOptions={[{ value: NO_ACCOUNT, label: '（不关联）' },
            ...(row?.user ? [{ value: row.user.id, label: row.user.username }] : [])]} />
        </Form.Item>
        {!row && (
          <Form.Item name="status" label="状态">
            <Radio.Group options={[{ value: 'candidate', label: '备选库' }, { value: 'active', label: '直接选聘（在岗）' }]} />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}
