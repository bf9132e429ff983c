import { useMutation, useQuery } from '@tanstack/react-query';
import { Alert, Button, Flex, Form, Input, QRCode, Spin, Typography } from 'antd';
import { authApi } from '../../api/auth';

const groupSecret = (s: string) => s.replace(/(.{4})/g, '$1 ').trim();

/** Creates a TOTP secret, shows it as QR code and text, and enables it with a first code. */
export function TotpSetup({ onEnabled }: { onEnabled: () => void }) {
  const [form] = Form.useForm<{ code: string }>();
  // A query, not an effect: it is deduplicated, so the secret shown is the one the server keeps.
  const setup = useQuery({ queryKey: ['auth', 'totp-setup'], queryFn: authApi.totpSetup, staleTime: Infinity, gcTime: 0 });
  const enable = useMutation({
    mutationFn: (code: string) => authApi.totpEnable(code),
    onSuccess: onEnabled,
    onError: (err) => form.setFields([{ name: 'code', value: '', errors: [err.message] }]),
  });

  if (setup.isPending) return <Spin />;
  if (setup.error) return <Alert type="error" showIcon title={setup.error.message} />;
  const { secret, otpauthUrl } = setup.data;
  return (
    <Flex vertical gap={12}>
      <Typography.Text>1. 在手机上打开身份验证器应用（如腾讯身份验证器、Microsoft Authenticator、Google Authenticator），扫描二维码或手动输入密钥：</Typography.Text>
      <Flex gap={16} align="center" wrap>
        <QRCode value={otpauthUrl} size={148} bordered={false} />
        <div style={{ minWidth: 0, flex: 1 }}>
          <Typography.Text type="secondary">密钥</Typography.Text>
          <Typography.Paragraph copyable={{ text: secret }} code data-testid="totp-secret" style={{ wordBreak: 'break-all' }}>
            {groupSecret(secret)}
          </Typography.Paragraph>
        </div>
      </Flex>
      <Typography.Paragraph type="secondary" copyable={{ text: otpauthUrl }} style={{ fontSize: 12, wordBreak: 'break-all', margin: 0 }}>
        {otpauthUrl}
      </Typography.Paragraph>
      <Typography.Text>2. 输入应用中显示的 6 位数字以完成绑定：</Typography.Text>
      <Form form={form} layout="inline" onFinish={(v) => enable.mutate(v.code)}>
        <Form.Item name="code" rules={[{ required: true, pattern: /^\d{6}$/, message: '请输入 6 位数字' }]} style={{ flex: 1 }}>
          <Input inputMode="numeric" maxLength={6} placeholder="6 位动态口令" autoComplete="one-time-code" />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={enable.isPending}>启用</Button>
      </Form>
    </Flex>
  );
}
