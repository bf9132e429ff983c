import { KeyOutlined, SafetyCertificateOutlined } from '@ant-design/icons';
import { Button, Card, Col, Descriptions, Row, Space, Typography } from 'antd';
import dayjs from 'dayjs';
import { roleLabels } from '../../../../domain/roles';
import { useAccountDialogs } from '../../app/AccountDialogs';
import { useCurrentUser } from '../../app/auth';
import { modulesFor } from '../../app/modules';
import { formatDateTime } from '../../components/format';
import { RoleTags } from '../../components/RoleTags';
import { QuickLinks } from './QuickLinks';
import { roleDescriptions } from './role-descriptions';

function greeting(): string {
  const h = dayjs().hour();
  return h < 6 ? '夜深了' : h < 11 ? '上午好' : h < 13 ? '中午好' : h < 18 ? '下午好' : '晚上好';
}

export default function HomePage() {
  const me = useCurrentUser();
  const dialogs = useAccountDialogs();
  const links = modulesFor(me.roles).filter((m) => m.description);
  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      <Card>
        <Typography.Title level={3} style={{ marginTop: 0 }} data-testid="home-greeting">{greeting()}，{me.displayName}</Typography.Title>
        <Descriptions column={{ xs: 1, md: 2 }} size="small">
          <Descriptions.Item label="所在单位">{me.organisation.name}</Descriptions.Item>
          <Descriptions.Item label="所属地区">{me.organisation.regionName || me.organisation.regionCode}</Descriptions.Item>
          <Descriptions.Item label="角色"><RoleTags roles={me.roles} /></Descriptions.Item>
          <Descriptions.Item label="上次登录">
            {me.previousLoginAt ? `${formatDateTime(me.previousLoginAt)}（IP ${me.previousLoginIp ?? '未知'}）` : '首次登录'}
          </Descriptions.Item>
        </Descriptions>
        {me.roles.map((r) => (
          <Typography.Paragraph key={r} type="secondary" style={{ margin: '8px 0 0' }}>
            {roleLabels[r]}：{roleDescriptions[r]}
          </Typography.Paragraph>
        ))}
      </Card>
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={16}><QuickLinks modules={links} /></Col>
        <Col xs={24} lg={8}>
          <Card title="账号安全">
            <Space orientation="vertical" style={{ width: '100%' }}>
              <Button block icon={<KeyOutlined />} onClick={() => dialogs.open('password')}>修改密码</Button>
              <Button block icon={<SafetyCertificateOutlined />} onClick={() => dialogs.open('totp')}>
                动态口令{me.totpEnabled ? '（已启用）' : '（未启用）'}
              </Button>
              {me.passwordExpiresAt && <Typography.Text type="secondary">密码有效期至 {formatDateTime(me.passwordExpiresAt)}</Typography.Text>}
            </Space>
          </Card>
        </Col>
      </Row>
      {dialogs.element}
    </Space>
  );
}
