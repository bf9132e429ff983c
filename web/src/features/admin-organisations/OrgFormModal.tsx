import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Form, Input, Modal, Select } from 'antd';
import { useState } from 'react';
import { normalizeUscc } from '../../../../domain/uscc';
import { isApiError } from '../../api/client';
import { type OrgInput, orgKeys, orgsApi } from '../../api/organisations';
import type { OrgRow } from '../../api/types';
import { applyApiError } from '../../components/form-errors';
import { RegionCascader } from '../../components/RegionCascader';
import { usccRule } from '../../components/uscc-rule';
import { kindOptions } from './kinds';

/** Create (org = null) or edit an organisation; edits carry the row version. */
export function OrgFormModal({ org, onClose }: { org: OrgRow | null; onClose: () => void }) {
  const qc = useQueryClient();
  const { message } = App.useApp();
  const [form] = Form.useForm<OrgInput>();
  const [error, setError] = useState<string | null>(null);
  const save = useMutation({
    mutationFn: (v: OrgInput) => {
      const input = { ...v, uscc: v.uscc ? normalizeUscc(v.uscc) : undefined };
      return org ? orgsApi.update(org.id, { ...input, version: org.version }) : orgsApi.create(input);
    },
    onSuccess: (saved) => {
      void message.success(org ? '已保存' : `已创建单位 ${saved.name}`);
      void qc.invalidateQueries({ queryKey: orgKeys.all });
      onClose();
    },
    onError: (err) => {
      const text = applyApiError(form, err, ['name', 'kind', 'regionCode', 'uscc']);
      setError(text && isApiError(err, 'STALE_VERSION') ? `${text}（请关闭后重新打开）` : text);
    },
  });
  const initialValues = org ? { name: org.name, kind: org.kind, regionCode: org.regionCode, uscc: org.uscc ?? undefined } : undefined;
  return (
    <Modal open title={org ? `编辑单位：${org.name}` : '新建单位'} okText={org ? '保存' : '创建'} onCancel={onClose}
      confirmLoading={save.isPending} width={560}
      onOk={() => void form.validateFields().then((v) => { setError(null); save.mutate(v); })}>
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} />}
      <Form form={form} layout="vertical" initialValues={initialValues} requiredMark="optional">
        <Form.Item name="name" label="单位名称" rules={[{ required: true, whitespace: true, message: '请输入单位名称' }]}>
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item name="kind" label="单位类型" rules={[{ required: true, message: '请选择单位类型' }]}>
          <Select options={kindOptions} />
        </Form.Item>
        <Form.Item name="regionCode" label="所在地区" rules={[{ required: true, message: '请选择所在地区' }]}>
          <RegionCascader />
        </Form.Item>
        <Form.Item name="uscc" label="统一社会信用代码" rules={[usccRule]} extra="18 位，系统自动校验校验位">
          <Input maxLength={20} style={{ textTransform: 'uppercase' }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
