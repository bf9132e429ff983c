import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Form, Modal, Select } from 'antd';
import { useState } from 'react';
import type { Role } from '../../../../domain/roles';
import { userKeys, usersApi } from '../../api/users';
import type { UserRow } from '../../api/types';
import { useCurrentUser } from '../../app/auth';
import { grantableRoleOptions, roleSetRule } from './options';

export function UserRolesModal({ user, onClose }: { user: UserRow; onClose: () => void }) {
  const me = useCurrentUser();
  const qc = useQueryClient();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ roles: Role[] }>();
  const [error, setError] = useState<string | null>(null);
  const save = useMutation({
    mutationFn: (roles: Role[]) => usersApi.setRoles(user.id, user.version, roles),
    onSuccess: () => {
      void message.success('角色已更新');
      void qc.invalidateQueries({ queryKey: userKeys.all });
      onClose();
    },
    onError: (err) => setError(err.message),
  });
  return (
    <Modal open title={`设置角色：${user.displayName}（${user.username}）`} okText="保存" onCancel={onClose}
      confirmLoading={save.isPending} onOk={() => void form.validateFields().then((v) => { setError(null); save.mutate(v.roles); })}>
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} />}
      <Form form={form} layout="vertical" initialValues={{ roles: user.roles }}>
        <Form.Item name="roles" label="角色" rules={[{ required: true, message: '请选择角色' }, roleSetRule]}
          extra="系统管理员、安全管理员、审计管理员须由不同账号担任，且不能兼任业务角色">
          <Select mode="multiple" options={grantableRoleOptions(me.roles)} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
