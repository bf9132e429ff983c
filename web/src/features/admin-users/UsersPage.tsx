import { PlusOutlined } from '@ant-design/icons';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Button, Card } from 'antd';
import { useState } from 'react';
import { type UserFilter, userKeys, usersApi } from '../../api/users';
import type { UserRow } from '../../api/types';
import { useCurrentUser } from '../../app/auth';
import { PageHeader } from '../../components/PageHeader';
import { ResetPasswordModal } from './ResetPasswordModal';
import { UserCreateModal } from './UserCreateModal';
import { UserEditModal } from './UserEditModal';
import { UserFilters } from './UserFilters';
import { UserRolesModal } from './UserRolesModal';
import { UserTable } from './UserTable';

export type UserDialog = { kind: 'create' } | { kind: 'edit' | 'roles' | 'reset'; user: UserRow } | null;

export default function UsersPage() {
  const me = useCurrentUser();
  const [filter, setFilter] = useState<UserFilter>({ page: 1, pageSize: 20 });
  const [dialog, setDialog] = useState<UserDialog>(null);
  const list = useQuery({ queryKey: userKeys.list(filter), queryFn: () => usersApi.list(filter), placeholderData: keepPreviousData });
  const canCreate = me.roles.includes('sysadmin') || me.roles.includes('secadmin');
  const close = () => setDialog(null);

  return (
    <>
      <PageHeader title="用户管理" subTitle="开设和维护本辖区用户账号；手机号等个人信息默认脱敏显示"
        extra={canCreate && <Button type="primary" icon={<PlusOutlined />} onClick={() => setDialog({ kind: 'create' })}>新建用户</Button>} />
      <Card>
        <UserFilters value={filter} onChange={(f) => setFilter({ ...f, page: 1, pageSize: filter.pageSize })} />
        <UserTable
          data={list.data}
          loading={list.isFetching}
          error={list.error}
          onPage={(page, pageSize) => setFilter({ ...filter, page, pageSize })}
          onAction={setDialog}
        />
      </Card>
      {dialog?.kind === 'create' && <UserCreateModal onClose={close} />}
      {dialog?.kind === 'edit' && <UserEditModal user={dialog.user} onClose={close} />}
      {dialog?.kind === 'roles' && <UserRolesModal user={dialog.user} onClose={close} />}
      {dialog?.kind === 'reset' && <ResetPasswordModal user={dialog.user} onClose={close} />}
    </>
  );
}
