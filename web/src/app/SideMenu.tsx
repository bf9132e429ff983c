import { Menu, type MenuProps } from 'antd';
import { useMemo } from 'react';
import { useLocation, useNavigate } from 'react-router-dom';
import type { Role } from '../../../domain/roles';
import { type AppModule, menuGroups, type MenuGroupKey, modulesFor } from './modules';

type Item = Required<MenuProps>['items'][number];

/** Builds menu items from the module list: only usable modules, only groups that have one. */
export function buildMenuItems(modules: AppModule[]): Item[] {
  const items: Item[] = [];
  const groups = new Map<MenuGroupKey, Item[]>();
  for (const m of modules) {
    const item: Item = { key: m.path, icon: m.icon, label: m.label };
    if (!m.group) {
      items.push(item);
      continue;
    }
    if (!groups.has(m.group)) {
      const children: Item[] = [];
      groups.set(m.group, children);
      items.push({ key: `group:${m.group}`, icon: menuGroups[m.group].icon, label: menuGroups[m.group].label, children });
    }
    groups.get(m.group)!.push(item);
  }
  return items;
}

function selectedKey(pathname: string, modules: AppModule[]): string {
  const hit = modules
    .filter((m) => (m.path === '/' ? pathname === '/' : pathname === m.path || pathname.startsWith(`${m.path}/`)))
    .sort((a, b) => b.path.length - a.path.length)[0];
  return hit?.path ?? pathname;
}

export function SideMenu({ roles }: { roles: readonly Role[] }) {
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const modules = useMemo(() => modulesFor(roles), [roles]);
  const items = useMemo(() => buildMenuItems(modules), [modules]);
  const openKeys = useMemo(() => [...new Set(modules.filter((m) => m.group).map((m) => `group:${m.group}`))], [modules]);
  return (
    <Menu
      theme="dark"
      mode="inline"
      items={items}
      selectedKeys={[selectedKey(pathname, modules)]}
      defaultOpenKeys={openKeys}
      onClick={({ key }) => void navigate(key)}
    />
  );
}
