import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Button, Popconfirm, Space } from 'antd';
import { userKeys, usersApi } from '../../api/users';
import type { UserRow } from '../../api/types';
import { isFuture } from '../../components/format';
import type { UserDialog } from './UsersPage';

/** Row buttons; each one only when the API row's `abilities` allow it. */
export function UserActions({ user, onAction }: { user: UserRow; onAction: (d: UserDialog) => void }) {
  const qc = useQueryClient();
  const { message } = App.useApp();
  const done = (text: string) => {
    void message.success(text);
    void qc.invalidateQueries({ queryKey: userKeys.all });
  };
  const fail = (err: Error) => {
    void message.error(err.message);
    void qc.invalidateQueries({ queryKey: userKeys.all });
  };
  const unlock = useMutation({ mutationFn: () => usersApi.unlock(user.id), onSuccess: () => done('已解锁'), onError: fail });
  const nextStatus = user.status === 'active' ? 'disabled' : 'active';
  const toggle = useMutation({
    mutationFn: () => usersApi.update(user.id, { version: user.version, status: nextStatus }),
    onSuccess: () => done(nextStatus === 'disabled' ? '已停用' : '已启用'),
    onError: fail,
  });
  const a = user.abilities;
  return (
    <Space size={0} wrap>
      {a.update && <Button type="link" size="small" onClick={() => onAction({ kind: 'edit', user })}>编辑</Button>}
      {a.grantRoles && <Button type="link" size="small" onClick={() => onAction({ kind: 'roles', user })}>角色</Button>}
      {a.unlock && isFuture(user.lockedUntil) && (
        <Popconfirm title={`解锁 ${user.username}？`} onConfirm={() => unlock.mutate()}>
          <Button type="link" size="small" loading={unlock.isPending}>解锁</Button>
        </Popconfirm>
      )}
      {a.resetPassword && <Button type="link" size="small" onClick={() => onAction({ kind: 'reset', user })}>重置密码</Button>}
      {a.update && (
        <Popconfirm
          title={nextStatus === 'disabled' ? `停用 ${user.username}？停用后该账号不能登录。` : `启用 ${user.username}？`}
          onConfirm={() => toggle.mutate()}
        >
          <Button type="link" size="small" danger={nextStatus === 'disabled'} loading={toggle.isPending}>
            {nextStatus === 'disabled' ? '停用' : '启用'}
          </Button>
        </Popconfirm>
      )}
    </Space>
  );
}
