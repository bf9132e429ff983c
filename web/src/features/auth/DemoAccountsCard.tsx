import { Button, Card, Tag, Typography } from 'antd';
import { demoAccounts, demoPassword } from './demo-accounts';

/** Shown only when the server runs in demo mode (GET /api/health → demo: true). */
export function DemoAccountsCard({ onPick, disabled }: { onPick: (username: string) => void; disabled?: boolean }) {
  return (
    <Card size="small" data-testid="demo-accounts"
      title={<><Tag color="orange">演示</Tag>演示账号（密码均为 <Typography.Text code copyable>{demoPassword}</Typography.Text>）</>}
      style={{ boxShadow: '0 8px 24px rgba(0,0,0,0.12)' }}>
      <div style={{ display: 'grid', gridTemplateColumns: '1fr', gap: 0 }}>
        {demoAccounts.map((a) => (
          <Button key={a.username} size="small" type="text" disabled={disabled} onClick={() => onPick(a.username)}
            style={{ justifyContent: 'flex-start' }} title={`以 ${a.username} 登录`}>
            <Typography.Text strong style={{ width: 110, textAlign: 'left' }}>{a.username}</Typography.Text>
            <Typography.Text type="secondary" ellipsis>{a.label}</Typography.Text>
          </Button>
        ))}
      </div>
      <Typography.Paragraph type="secondary" style={{ margin: '8px 0 0', fontSize: 12 }}>
        演示数据均为虚构，仅用于体验，请勿录入真实信息。
      </Typography.Paragraph>
    </Card>
  );
}
