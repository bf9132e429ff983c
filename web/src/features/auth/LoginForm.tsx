import { LockOutlined, SafetyCertificateOutlined, UserOutlined } from '@ant-design/icons';
import { useMutation } from '@tanstack/react-query';
import { Alert, Button, Form, Input } from 'antd';
import { useState } from 'react';
import { authApi, type LoginInput } from '../../api/auth';
import { isApiError } from '../../api/client';
import type { LoginResult } from '../../api/types';

/** Login state machine: password first; a TOTP_REQUIRED answer adds the 6-digit code field. */
export function useLogin(onSuccess: (result: LoginResult) => void) {
  const [form] = Form.useForm<LoginInput>();
  const [needTotp, setNeedTotp] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const mutation = useMutation({
    mutationFn: authApi.login,
    onSuccess,
    onError: (err) => {
      if (isApiError(err, 'TOTP_REQUIRED')) {
        setNeedTotp(true);
        setError(null);
        return;
      }
      if (isApiError(err, 'TOTP_INVALID')) {
        form.setFields([{ name: 'totp', value: '', errors: [err.message] }]);
        setError(null);
        return;
      }
      if (isApiError(err, 'INVALID_CREDENTIALS')) form.setFieldValue('password', '');
      setError(err.message);
    },
  });
  const submit = (input: LoginInput) => {
    setError(null);
    form.setFieldsValue({ username: input.username, password: input.password });
    mutation.mutate({ ...input, totp: input.totp || undefined });
  };
  return { form, needTotp, error, pending: mutation.isPending, submit };
}

export function LoginForm({ login }: { login: ReturnType<typeof useLogin> }) {
  return (
    <Form form={login.form} layout="vertical" size="large" onFinish={login.submit} requiredMark={false} data-testid="login-form">
      {login.error && <Alert type="error" showIcon title={login.error} style={{ marginBottom: 16 }} data-testid="login-error" />}
      <Form.Item name="username" label="用户名" rules={[{ required: true, message: '请输入用户名' }]}>
        <Input prefix={<UserOutlined />} autoComplete="username" autoFocus placeholder="用户名" />
      </Form.Item>
      <Form.Item name="password" label="密码" rules={[{ required: true, message: '请输入密码' }]}>
        <Input.Password prefix={<LockOutlined />} autoComplete="current-password" placeholder="密码" />
      </Form.Item>
      {login.needTotp && (
        <Form.Item name="totp" label="动态口令" extra="请打开身份验证器应用，输入当前显示的 6 位数字"
          rules={[{ required: true, pattern: /^\d{6}$/, message: '请输入 6 位数字动态口令' }]}>
          <Input prefix={<SafetyCertificateOutlined />} inputMode="numeric" maxLength={6} autoComplete="one-time-code"
            autoFocus placeholder="6 位动态口令" />
        </Form.Item>
      )}
      <Button type="primary" htmlType="submit" block loading={login.pending}>
        {login.needTotp ? '验证并登录' : '登录'}
      </Button>
    </Form>
  );
}
