import { Card, Flex, Typography } from 'antd';
import type { ReactNode } from 'react';

/** Two-column frame of the login and the forced post-login steps. */
export function AuthShell({ title, children, aside }: { title: string; children: ReactNode; aside?: ReactNode }) {
  return (
    <Flex style={{ minHeight: '100vh', background: 'linear-gradient(135deg, #0f2a4f 0%, #1f5fbf 60%, #3d8bfd 100%)' }}
      align="center" justify="center" wrap gap={32}>
      <div style={{ color: '#fff', maxWidth: 480, padding: 24 }}>
        <Typography.Title level={1} style={{ color: '#fff', marginBottom: 8 }}>科技局工作平台</Typography.Title>
        <Typography.Paragraph style={{ color: 'rgba(255,255,255,0.85)', fontSize: 16 }}>
          企业培育 · 科技项目 · 科技特派员 · 创新平台 · 目标考核
        </Typography.Paragraph>
        <Typography.Paragraph style={{ color: 'rgba(255,255,255,0.65)' }}>
          面向县（区）、市科技局的一体化业务工作平台
        </Typography.Paragraph>
      </div>
      <Flex vertical gap={16} style={{ width: 400, maxWidth: '92vw', padding: '24px 0' }}>
        <Card title={title} variant="borderless" style={{ boxShadow: '0 8px 24px rgba(0,0,0,0.18)' }}>{children}</Card>
        {aside}
      </Flex>
    </Flex>
  );
}
