import {
  ApartmentOutlined, AuditOutlined, BankOutlined, BellOutlined, BulbOutlined, EditOutlined, EnvironmentOutlined, ExperimentOutlined, FileSearchOutlined,
  FileTextOutlined, FundOutlined, HomeOutlined, ProjectOutlined, SafetyOutlined, SettingOutlined, SolutionOutlined, RiseOutlined, ShopOutlined, FlagOutlined, AlertOutlined, AimOutlined, TeamOutlined, TrophyOutlined,
} from '@ant-design/icons';
import { type ComponentType, type LazyExoticComponent, type ReactNode, lazy } from 'react';
import { regionReaderRoles, type Role } from '../../../domain/roles';

/** Sider groups. A group is shown only when at least one of its modules is usable. */
export const menuGroups = {
  projects: { label: '科技项目', icon: <ExperimentOutlined /> },
  admin: { label: '系统管理', icon: <SettingOutlined /> },
  security: { label: '安全审计', icon: <SafetyOutlined /> },
  commissioners: { label: '科技特派员', icon: <ApartmentOutlined /> },
  enterprises: { label: '企业培育', icon: <RiseOutlined /> },
} satisfies Record<string, { label: string; icon: ReactNode }>;

export type MenuGroupKey = keyof typeof menuGroups;

/**
 * One entry per screen of the signed-in app. The sider menu, the routes, the role guards and
 * the quick links on the home page are all derived from this list: a new business line is
 * added by appending an entry.
 */
export interface AppModule {
  key: string;
  path: string;
  label: string;
  icon: ReactNode;
  group?: MenuGroupKey;
  /** Roles that may open the screen; 'all' = any signed-in user. */
  roles: readonly Role[] | 'all';
  /** The screen routes its own sub-paths (e.g. /projects/:id); the menu still links to `path`. */
  nested?: boolean;
  /** One line for the home page quick links; omitted = no quick link. */
  description?: string;
  component: LazyExoticComponent<ComponentType>;
}

export const appModules: AppModule[] = [
  {
    key: 'home',
    path: '/',
    label: '工作台',
    icon: <HomeOutlined />,
    roles: 'all',
    component: lazy(() => import('../features/home/HomePage')),
  },
  {
    key: 'projects',
    path: '/projects',
    label: '项目库',
    icon: <ProjectOutlined />,
    group: 'projects',
    roles: ['staff', 'leader', 'upper', 'enterprise'],
    nested: true,
    description: '申报、评审、立项、实施、验收、归档全过程的项目',
    component: lazy(() => import('../features/projects/ProjectsModule')),
  },
  {
    key: 'project-calls',
    path: '/project-calls',
    label: '申报指南',
    icon: <FileTextOutlined />,
    group: 'projects',
    roles: ['staff', 'leader', 'upper', 'enterprise'],
    nested: true,
    description: '科技计划与申报指南，在线申报，专家抽取与评审排名',
    component: lazy(() => import('../features/projects/calls/CallsModule')),
  },
  {
    key: 'experts',
    path: '/experts',
    label: '专家库',
    icon: <SolutionOutlined />,
    group: 'projects',
    roles: ['staff', 'leader', 'upper'],
    description: '评审专家、专业领域与回避关系',
    component: lazy(() => import('../features/projects/experts/ExpertsPage')),
  },
  {
    key: 'project-funds',
    path: '/project-funds',
    label: '项目经费',
    icon: <FundOutlined />,
    group: 'projects',
    roles: ['staff', 'leader', 'upper'],
    description: '按计划和年度汇总申请、立项、拨付金额',
    component: lazy(() => import('../features/projects/funds/FundsSummaryPage')),
  },
  {
    key: 'reviews',
    path: '/reviews',
    label: '评审任务',
    icon: <FileSearchOutlined />,
    roles: ['expert'],
    description: '确认回避后评审分配给您的项目',
    component: lazy(() => import('../features/projects/reviews/ReviewsPage')),
  },
  {
    key: 'notifications',
    path: '/notifications',
    label: '待办通知',
    icon: <BellOutlined />,
    roles: ['staff', 'leader', 'enterprise', 'expert'],
    description: '需要您办理的事项与截止提醒',
    component: lazy(() => import('../features/projects/notifications/NotificationsPage')),
  },
  {
    key: 'enterprises',
    path: '/enterprises',
    label: '企业库',
    icon: <ShopOutlined />,
    group: 'enterprises',
    roles: ['staff', 'leader', 'upper', 'member', 'enterprise'],
    nested: true,
    description: '辖区企业档案、资质、年度数据与诊断，Excel 导入导出',
    component: lazy(() => import('../features/enterprises/EnterprisesModule')),
  },
  {
    key: 'enterprise-candidates',
    path: '/enterprise-candidates',
    label: '发现一批',
    icon: <AimOutlined />,
    group: 'enterprises',
    roles: regionReaderRoles,
    description: '按已录入的年度数据找出接近高企、科小条件的企业',
    component: lazy(() => import('../features/enterprises/insights/CandidatesPage')),
  },
  {
    key: 'enterprise-batches',
    path: '/enterprise-batches',
    label: '申报批次',
    icon: <FlagOutlined />,
    group: 'enterprises',
    roles: regionReaderRoles,
    nested: true,
    description: '高企认定、科小评价批次：推荐、专家评审、公示、认定',
    component: lazy(() => import('../features/enterprises/batches/BatchesModule')),
  },
  {
    key: 'enterprise-reminders',
    path: '/enterprise-reminders',
    label: '到期提醒',
    icon: <AlertOutlined />,
    group: 'enterprises',
    roles: regionReaderRoles,
    description: '高企证书到期、高企年报待报与逾期、科小未续期',
    component: lazy(() => import('../features/enterprises/insights/RemindersPage')),
  },
  {
    key: 'users',
    path: '/admin/users',
    label: '用户管理',
    icon: <TeamOutlined />,
    group: 'admin',
    roles: ['sysadmin', 'secadmin'],
    description: '账号开设、角色授权、解锁与重置密码',
    component: lazy(() => import('../features/admin-users/UsersPage')),
  },
  {
    key: 'organisations',
    path: '/admin/organisations',
    label: '单位管理',
    icon: <BankOutlined />,
    group: 'admin',
    roles: ['sysadmin', 'secadmin'],
    description: '科技局、成员单位、企业、院所等单位档案',
    component: lazy(() => import('../features/admin-organisations/OrganisationsPage')),
  },
  {
    key: 'audit',
    path: '/security/audit-logs',
    label: '审计日志',
    icon: <AuditOutlined />,
    group: 'security',
    roles: ['auditor'],
    description: '查询操作记录，校验审计哈希链完整性',
    component: lazy(() => import('../features/audit/AuditLogPage')),
  },
  {
    key: 'commissioners',
    path: '/commissioners',
    label: '特派员名册',
    icon: <SolutionOutlined />,
    group: 'commissioners',
    roles: ['leader', 'staff', 'upper'],
    description: '科技特派员名册、备选库与选聘、科技特派团、服务情况汇总',
    component: lazy(() => import('../features/commissioners/roster/RosterPage')),
  },
  {
    key: 'commissioner-coverage',
    path: '/commissioners/coverage',
    label: '行政村覆盖',
    icon: <EnvironmentOutlined />,
    group: 'commissioners',
    roles: ['leader', 'staff', 'upper'],
    description: '科技特派员服务行政村 1:1 全覆盖检查与覆盖示意图',
    component: lazy(() => import('../features/commissioners/village-coverage/CoveragePage')),
  },
  {
    key: 'commissioner-needs',
    path: '/commissioners/needs',
    label: '需求对接',
    icon: <BulbOutlined />,
    group: 'commissioners',
    roles: ['leader', 'staff', 'upper', 'enterprise'],
    description: '村、企业、合作社的技术需求派单给科技特派员并跟踪办结',
    component: lazy(() => import('../features/commissioners/needs/NeedsBoardPage')),
  },
  {
    key: 'commissioner-appraisals',
    path: '/commissioners/appraisals',
    label: '年度考核',
    icon: <TrophyOutlined />,
    group: 'commissioners',
    roles: ['leader', 'staff', 'upper'],
    description: '按服务日志计算得分，人工评分，等次比例限制，公布结果',
    component: lazy(() => import('../features/commissioners/appraisal/AppraisalPage')),
  },
  {
    key: 'my-service-logs',
    path: '/commissioners/my-logs',
    label: '服务日志',
    icon: <EditOutlined />,
    group: 'commissioners',
    roles: ['commissioner'],
    description: '用手机填写服务日志（可离线保存），查看派给我的需求',
    component: lazy(() => import('../features/commissioners/mobile/MyLogsPage')),
  },
];

export function canUseModule(module: AppModule, roles: readonly Role[]): boolean {
  return module.roles === 'all' || module.roles.some((r) => roles.includes(r));
}

export const modulesFor = (roles: readonly Role[]): AppModule[] => appModules.filter((m) => canUseModule(m, roles));
