import { Tag } from 'antd';
import { isAdminRole, type Role, roleLabels } from '../../../domain/roles';

export function RoleTags({ roles }: { roles: readonly Role[] }) {
  return (
    <span data-testid="role-tags">
      {roles.map((r) => (
        <Tag key={r} color={isAdminRole(r) ? 'purple' : 'blue'} style={{ marginInlineEnd: 4 }}>
          {roleLabels[r] ?? r}
        </Tag>
      ))}
    </span>
  );
}
