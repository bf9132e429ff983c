import { Card, Col, Empty, Row, Typography } from 'antd';
import { Link } from 'react-router-dom';
import type { AppModule } from '../../app/modules';

/** One card per screen the user can open; the list comes from the module registry. */
export function QuickLinks({ modules }: { modules: AppModule[] }) {
  return (
    <Card title="常用功能" data-testid="quick-links">
      {modules.length === 0 ? (
        <Empty description="您的角色对应的业务功能正在陆续上线，届时将显示在这里和左侧菜单中。" />
      ) : (
        <Row gutter={[12, 12]}>
          {modules.map((m) => (
            <Col key={m.key} xs={24} sm={12}>
              <Link to={m.path}>
                <Card size="small" hoverable>
                  <Card.Meta avatar={<span style={{ fontSize: 22, color: '#1f5fbf' }}>{m.icon}</span>} title={m.label}
                    description={<Typography.Text type="secondary">{m.description}</Typography.Text>} />
                </Card>
              </Link>
            </Col>
          ))}
        </Row>
      )}
    </Card>
  );
}
