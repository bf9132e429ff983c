import { Alert, Space, Table, type TableColumnsType, Tag, Tooltip } from 'antd';
import { usersApi } from '../../api/users';
import type { Page, UserRow } from '../../api/types';
import { formatDateTime, isFuture } from '../../components/format';
import { MaskedField } from '../../components/MaskedField';
import { RoleTags } from '../../components/RoleTags';
import { statusLabels } from './options';
import { UserActions } from './UserActions';
import type { UserDialog } from './UsersPage';

interface Props {
  data: Page<UserRow> | undefined;
  loading: boolean;
  error: Error | null;
  onPage: (page: number, pageSize: number) => void;
  onAction: (d: UserDialog) => void;
}

function StatusCell({ user }: { user: UserRow }) {
  return (
    <Space size={4} wrap>
      <Tag color={user.status === 'active' ? 'green' : 'default'}>{statusLabels[user.status]}</Tag>
      {isFuture(user.lockedUntil) && (
        <Tooltip title={`锁定至 ${formatDateTime(user.lockedUntil)}`}><Tag color="red">已锁定</Tag></Tooltip>
      )}
      {user.mustChangePassword && <Tag color="gold">待改密</Tag>}
      {user.totpEnabled && <Tag color="cyan">动态口令</Tag>}
    </Space>
  );
}

export function UserTable({ data, loading, error, onPage, onAction }: Props) {
  const columns: TableColumnsType<UserRow> = [
    { title: '用户名', dataIndex: 'username', width: 110,
      render: (v: string, u) => <Tooltip title={`最近登录：${formatDateTime(u.lastLoginAt)}`}>{v}</Tooltip> },
    { title: '姓名', dataIndex: 'displayName', width: 130, ellipsis: true },
    { title: '所属单位', dataIndex: ['organisation', 'name'], ellipsis: true },
    { title: '角色', dataIndex: 'roles', width: 130, render: (_, u) => <RoleTags roles={u.roles} /> },
    {
      title: '手机号', dataIndex: 'mobileMasked', width: 165,
      render: (_, u) => (
        <MaskedField masked={u.mobileMasked} label="手机号"
          reveal={u.abilities.revealMobile ? () => usersApi.revealMobile(u.id).then((r) => r.mobile) : undefined} />
      ),
    },
    { title: '状态', key: 'status', width: 130, render: (_, u) => <StatusCell user={u} /> },
    { title: '最近登录', dataIndex: 'lastLoginAt', width: 170, responsive: ['xxl'], render: (v: string | null) => formatDateTime(v) },
    { title: '操作', key: 'actions', width: 245, fixed: 'right', render: (_, u) => <UserActions user={u} onAction={onAction} /> },
  ];
  return (
    <div data-testid="users-table">
      {error && <Alert type="error" showIcon title={error.message} style={{ marginBottom: 12 }} />}
      <Table<UserRow>
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={data?.items}
        loading={loading}
        scroll={{ x: 1120 }}
        pagination={{
          current: data?.page ?? 1,
          pageSize: data?.pageSize ?? 20,
          total: data?.total ?? 0,
          showSizeChanger: true,
          showTotal: (t) => `共 ${t} 个用户`,
          onChange: onPage,
        }}
      />
    </div>
  );
}
