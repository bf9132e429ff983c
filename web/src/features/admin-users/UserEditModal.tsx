import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Form, Input, Modal } from 'antd';
import { useState } from 'react';
import { mobilePattern } from '../../../../domain/masking';
import { isApiError } from '../../api/client';
import { userKeys, usersApi } from '../../api/users';
import type { UserRow } from '../../api/types';
import { applyApiError } from '../../components/form-errors';
import { OrganisationSelect } from '../../components/OrganisationSelect';

interface Values {
  displayName: string;
  organisationId: string;
  mobile?: string;
}

const initial = (u: UserRow): Values => ({ displayName: u.displayName, organisationId: u.organisation.id, mobile: '' });

/** Edits name, organisation and mobile with optimistic locking (version → 409 STALE_VERSION). */
export function UserEditModal({ user: initialUser, onClose }: { user: UserRow; onClose: () => void }) {
  const qc = useQueryClient();
  const { message } = App.useApp();
  const [user, setUser] = useState(initialUser);
  const [form] = Form.useForm<Values>();
  const [error, setError] = useState<{ text: string; stale: boolean } | null>(null);
  const save = useMutation({
    mutationFn: (v: Values) => usersApi.update(user.id, {
      version: user.version,
      displayName: v.displayName,
      organisationId: v.organisationId !== user.organisation.id ? v.organisationId : undefined,
      mobile: v.mobile || undefined,
    }),
    onSuccess: () => {
      void message.success('已保存');
      void qc.invalidateQueries({ queryKey: userKeys.all });
      onClose();
    },
    onError: (err) => {
      const text = applyApiError(form, err, ['displayName', 'organisationId', 'mobile']);
      if (text) setError({ text, stale: isApiError(err, 'STALE_VERSION') });
    },
  });
  const reload = async () => {
    const fresh = await usersApi.get(user.id);
    setUser(fresh);
    form.setFieldsValue(initial(fresh));
    setError(null);
    void qc.invalidateQueries({ queryKey: userKeys.all });
  };
  return (
    <Modal open title={`编辑用户 ${user.username}`} okText="保存" onCancel={onClose} confirmLoading={save.isPending}
      onOk={() => void form.validateFields().then((v) => { setError(null); save.mutate(v); })}>
      {error && (
        <Alert type={error.stale ? 'warning' : 'error'} showIcon title={error.text} style={{ marginBottom: 16 }} data-testid="edit-error"
          action={error.stale ? <Button size="small" onClick={() => void reload()}>载入最新数据</Button> : undefined} />
      )}
      <Form form={form} layout="vertical" initialValues={initial(user)}>
        <Form.Item name="displayName" label="姓名" rules={[{ required: true, whitespace: true, message: '请输入姓名' }]}>
          <Input maxLength={50} />
        </Form.Item>
        <Form.Item name="organisationId" label="所属单位" rules={[{ required: true, message: '请选择所属单位' }]}>
          <OrganisationSelect initialLabel={user.organisation.name} allowClear={false} />
        </Form.Item>
        <Form.Item name="mobile" label="手机号" extra={`当前：${user.mobileMasked ?? '未填写'}；不修改请留空`}
          rules={[{ pattern: mobilePattern, message: '请输入 11 位手机号' }]}>
          <Input maxLength={11} inputMode="numeric" placeholder="新手机号" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
