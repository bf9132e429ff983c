import { Button, Result } from 'antd';
import { isRouteErrorResponse, useRouteError } from 'react-router-dom';

/** Last-resort screen for render errors and failed lazy chunks (e.g. after a redeploy). */
export function RouteError() {
  const error = useRouteError();
  const detail = isRouteErrorResponse(error) ? `${error.status} ${error.statusText}` : error instanceof Error ? error.message : String(error);
  return (
    <Result status="error" title="页面出错了" subTitle={detail}
      extra={<Button type="primary" onClick={() => window.location.reload()}>刷新页面</Button>} />
  );
}
