import { Col, Row } from 'antd';
import { useCanManage } from '../access';
import { BasesCard } from '../extras/BasesCard';
import { FundsCard } from '../extras/FundsCard';

/** 经费 (per commissioner / team and project) and 示范基地、服务样本点、帮扶点、工作站. */
export function ExtrasTab() {
  const canManage = useCanManage();
  return (
    <Row gutter={[16, 16]}>
      <Col span={24}><BasesCard canManage={canManage} /></Col>
      <Col span={24}><FundsCard canManage={canManage} /></Col>
    </Row>
  );
}
