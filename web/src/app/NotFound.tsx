import { Button, Result } from 'antd';
import { Link } from 'react-router-dom';

export function NotFound() {
  return (
    <Result status="404" title="页面不存在" subTitle="您访问的页面不存在或已移除。"
      extra={<Link to="/"><Button type="primary">返回工作台</Button></Link>} />
  );
}
