import { EnvironmentOutlined } from '@ant-design/icons';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Alert, Flex, Image, List, Tag, Typography } from 'antd';
import { useState } from 'react';
import { photoUrl } from '../api/admin';
import { commissionerKeys, commissionersApi } from '../api/client';
import { counts } from '../mobile/LogList';

/** A commissioner's service logs on the desktop, newest first, with their photos (click to enlarge). */
export function LogsPanel({ commissionerId }: { commissionerId: string }) {
  const [page, setPage] = useState(1);
  const q = useQuery({ queryKey: commissionerKeys.logs({ commissionerId, page }), queryFn: () => commissionersApi.logs({ commissionerId, page, pageSize: 10 }), placeholderData: keepPreviousData });
  return (
    <>
      {q.error && <Alert type="error" title={q.error.message} />}
      <List size="small" loading={q.isFetching} dataSource={q.data?.items ?? []} locale={{ emptyText: '暂无服务日志' }} data-testid="commissioner-logs"
        pagination={{ current: page, pageSize: 10, total: q.data?.total ?? 0, size: 'small', onChange: setPage, showTotal: (n) => `共 ${n} 条` }}
        renderItem={(l) => (
          <List.Item data-testid="commissioner-log">
            <Flex vertical gap={4} style={{ width: '100%' }}>
              <Flex justify="space-between"><b>{l.serviceDate}</b><Tag color="blue">{l.typeLabel}</Tag></Flex>
              <Typography.Text type="secondary"><EnvironmentOutlined /> {l.villageName ? `${l.villageName} · ` : ''}{l.place}</Typography.Text>
              <Typography.Paragraph ellipsis={{ rows: 2, expandable: true }} style={{ margin: 0 }}>{l.content}</Typography.Paragraph>
              {counts(l) && <Typography.Text type="secondary" style={{ fontSize: 13 }}>{counts(l)}</Typography.Text>}
              {l.photoFileIds.length > 0 && (
                <Image.PreviewGroup>
                  <Flex gap={6} wrap data-testid="log-photos">
                    {l.photoFileIds.map((f) => <Image key={f} src={photoUrl(l.id, f)} width={72} height={72} style={{ objectFit: 'cover', borderRadius: 4 }} alt="服务照片" />)}
                  </Flex>
                </Image.PreviewGroup>
              )}
            </Flex>
          </List.Item>
        )} />
    </>
  );
}
