import { useMutation } from '@tanstack/react-query';
import { Alert, Button, Form, Input } from 'antd';
import { useState } from 'react';
import { authApi } from '../../api/auth';
import { useCurrentUser } from '../../app/auth';
import { passwordRule } from '../../components/PasswordField';
import { applyApiError } from '../../components/form-errors';

interface Values {
  currentPassword: string;
  newPassword: string;
  confirm: string;
}

/** Current + new password (checked against the shared policy) + confirmation. */
export function ChangePasswordForm({ onDone, submitText = '修改密码' }: { onDone: () => void; submitText?: string }) {
  const me = useCurrentUser();
  const [form] = Form.useForm<Values>();
  const [error, setError] = useState<string | null>(null);
  const change = useMutation({
    mutationFn: (v: Values) => authApi.changePassword(v.currentPassword, v.newPassword),
    onSuccess: onDone,
    onError: (err) => setError(applyApiError(form, err, ['currentPassword', 'newPassword'])),
  });
  return (
    <Form form={form} layout="vertical" requiredMark={false} onFinish={(v) => { setError(null); change.mutate(v); }}>
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} />}
      <Form.Item name="currentPassword" label="当前密码" rules={[{ required: true, message: '请输入当前密码' }]}>
        <Input.Password autoComplete="current-password" />
      </Form.Item>
      <Form.Item name="newPassword" label="新密码" extra="至少 8 位，包含大写字母、小写字母、数字、特殊字符中的至少三类，不能包含用户名"
        rules={[{ required: true, message: '请输入新密码' }, passwordRule(() => me.username)]}>
        <Input.Password autoComplete="new-password" />
      </Form.Item>
      <Form.Item name="confirm" label="确认新密码" dependencies={['newPassword']}
        rules={[{ required: true, message: '请再次输入新密码' }, ({ getFieldValue }) => ({
          validator: (_, v) => (!v || v === getFieldValue('newPassword') ? Promise.resolve() : Promise.reject(new Error('两次输入的密码不一致'))),
        })]}>
        <Input.Password autoComplete="new-password" />
      </Form.Item>
      <Button type="primary" htmlType="submit" block loading={change.isPending}>{submitText}</Button>
    </Form>
  );
}
