import { useMutation } from '@tanstack/react-query';
import { Alert, App, Button, Form, Input, Modal, Result } from 'antd';
import { useState } from 'react';
import { isAdminRole } from '../../../../domain/roles';
import { authApi } from '../../api/auth';
import { useCurrentUser, useRefreshMe } from '../../app/auth';
import { TotpSetup } from './TotpSetup';

function DisableTotp({ onDone }: { onDone: () => void }) {
  const [form] = Form.useForm<{ code: string }>();
  const disable = useMutation({
    mutationFn: (code: string) => authApi.totpDisable(code),
    onSuccess: onDone,
    onError: (err) => form.setFields([{ name: 'code', value: '', errors: [err.message] }]),
  });
  return (
    <Form form={form} layout="inline" onFinish={(v) => disable.mutate(v.code)}>
      <Form.Item name="code" rules={[{ required: true, pattern: /^\d{6}$/, message: '请输入 6 位数字' }]} style={{ flex: 1 }}>
        <Input inputMode="numeric" maxLength={6} placeholder="输入当前动态口令以关闭" />
      </Form.Item>
      <Button danger htmlType="submit" loading={disable.isPending}>关闭动态口令</Button>
    </Form>
  );
}

export default function TotpSettingsModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const me = useCurrentUser();
  const { message } = App.useApp();
  const refreshMe = useRefreshMe();
  const [enrolling, setEnrolling] = useState(false);
  const admin = me.roles.some(isAdminRole);
  const done = (text: string) => {
    void message.success(text);
    void refreshMe();
    onClose();
  };

  let body;
  if (me.totpEnabled) {
    body = (
      <>
        <Result status="success" title="动态口令已启用" subTitle="登录时需输入密码和身份验证器中的 6 位动态口令。" style={{ padding: 16 }} />
        {admin ? <Alert type="info" showIcon title="管理员账号必须使用动态口令，不能关闭。" />
          : <DisableTotp onDone={() => done('动态口令已关闭')} />}
      </>
    );
  } else if (enrolling) {
    body = <TotpSetup onEnabled={() => done('动态口令已启用')} />;
  } else {
    body = (
      <Result status="info" title="尚未启用动态口令" subTitle="启用后，登录时除密码外还需输入手机身份验证器中的动态口令，账号更安全。"
        extra={<Button type="primary" onClick={() => setEnrolling(true)}>启用动态口令</Button>} style={{ padding: 16 }} />
    );
  }
  return (
    <Modal open={open} title="动态口令（TOTP）" footer={null} onCancel={onClose} destroyOnHidden width={560}>
      {body}
    </Modal>
  );
}
