import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Form, Modal } from 'antd';
import { useState } from 'react';
import { userKeys, usersApi } from '../../api/users';
import type { UserRow } from '../../api/types';
import { applyApiError } from '../../components/form-errors';
import { GeneratedPasswordInput, passwordRule } from '../../components/PasswordField';

export function ResetPasswordModal({ user, onClose }: { user: UserRow; onClose: () => void }) {
  const qc = useQueryClient();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ newPassword: string }>();
  const [error, setError] = useState<string | null>(null);
  const reset = useMutation({
    mutationFn: (newPassword: string) => usersApi.resetPassword(user.id, newPassword),
    onSuccess: () => {
      void message.success(`已重置 ${user.username} 的密码，用户下次登录时须修改`);
      void qc.invalidateQueries({ queryKey: userKeys.all });
      onClose();
    },
    onError: (err) => setError(applyApiError(form, err, ['newPassword'])),
  });
  return (
    <Modal open title={`重置密码：${user.displayName}（${user.username}）`} okText="重置" onCancel={onClose}
      confirmLoading={reset.isPending} onOk={() => void form.validateFields().then((v) => { setError(null); reset.mutate(v.newPassword); })}>
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} />}
      <Alert type="info" showIcon style={{ marginBottom: 16 }} title="请通过安全渠道将新密码告知用户；用户下次登录时必须修改密码。" />
      <Form form={form} layout="vertical">
        <Form.Item name="newPassword" label="新密码" rules={[{ required: true, message: '请输入或生成新密码' }, passwordRule(() => user.username)]}>
          <GeneratedPasswordInput />
        </Form.Item>
      </Form>
    </Modal>
  );
}
