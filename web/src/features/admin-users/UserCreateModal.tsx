import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Form, Input, Modal, Select } from 'antd';
import { useState } from 'react';
import { mobilePattern } from '../../../../domain/masking';
import { type UserCreateInput, userKeys, usersApi } from '../../api/users';
import { useCurrentUser } from '../../app/auth';
import { applyApiError } from '../../components/form-errors';
import { OrganisationSelect } from '../../components/OrganisationSelect';
import { GeneratedPasswordInput, passwordRule } from '../../components/PasswordField';
import { grantableRoleOptions, roleSetRule } from './options';

const fields = ['username', 'displayName', 'organisationId', 'roles', 'mobile', 'initialPassword'] as const;

export function UserCreateModal({ onClose }: { onClose: () => void }) {
  const me = useCurrentUser();
  const qc = useQueryClient();
  const { message } = App.useApp();
  const [form] = Form.useForm<UserCreateInput>();
  const [error, setError] = useState<string | null>(null);
  const create = useMutation({
    mutationFn: (v: UserCreateInput) => usersApi.create({ ...v, mobile: v.mobile || undefined }),
    onSuccess: (u) => {
      void message.success(`已创建用户 ${u.username}，首次登录时须修改初始密码`);
      void qc.invalidateQueries({ queryKey: userKeys.all });
      onClose();
    },
    onError: (err) => setError(applyApiError(form, err, fields)),
  });
  return (
    <Modal open title="新建用户" okText="创建" onCancel={onClose} confirmLoading={create.isPending} width={560}
      onOk={() => void form.validateFields().then((v) => { setError(null); create.mutate(v); })}>
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} />}
      <Form form={form} layout="vertical" requiredMark="optional">
        <Form.Item name="username" label="用户名" rules={[{ required: true, message: '请输入用户名' },
          { pattern: /^[a-zA-Z][a-zA-Z0-9_.-]{2,31}$/, message: '3–32 位，字母开头，可含字母、数字、_ . -' }]}>
          <Input autoComplete="off" />
        </Form.Item>
        <Form.Item name="displayName" label="姓名" rules={[{ required: true, whitespace: true, message: '请输入姓名' }]}>
          <Input maxLength={50} />
        </Form.Item>
        <Form.Item name="organisationId" label="所属单位" rules={[{ required: true, message: '请选择所属单位' }]}>
          <OrganisationSelect />
        </Form.Item>
        <Form.Item name="roles" label="角色" rules={[{ required: true, message: '请选择角色' }, roleSetRule]}
          extra={me.roles.includes('secadmin') ? undefined : '系统管理员只能授予业务角色'}>
          <Select mode="multiple" options={grantableRoleOptions(me.roles)} placeholder="选择一个或多个角色" />
        </Form.Item>
        <Form.Item name="mobile" label="手机号" rules={[{ pattern: mobilePattern, message: '请输入 11 位手机号' }]}>
          <Input maxLength={11} inputMode="numeric" />
        </Form.Item>
        <Form.Item name="initialPassword" label="初始密码" extra="用户首次登录时须修改此密码"
          rules={[{ required: true, message: '请输入或生成初始密码' }, passwordRule(() => form.getFieldValue('username'))]}>
          <GeneratedPasswordInput />
        </Form.Item>
      </Form>
    </Modal>
  );
}
