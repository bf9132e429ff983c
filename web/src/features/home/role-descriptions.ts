import type { Role } from '../../../../domain/roles';

/** What each role does on the platform (design brief, "Who uses it"). */
export const roleDescriptions: Record<Role, string> = {
  leader: '查看目标考核完成情况、排名与预警，审批重要事项。',
  staff: '办理本地区企业培育、科技项目、科技特派员等各项业务。',
  enterprise: '维护本企业档案和年度数据，申报项目，提出服务需求。',
  expert: '评审分配给您的申报材料。',
  commissioner: '记录服务日志，查看本人派驻任务与考核结果。',
  member: '填报分配给本单位的任务和统计数据。',
  upper: '只读查看所辖各地区的业务数据与排名。',
  sysadmin: '管理用户账号与单位档案（等保三级 系统管理员）。',
  secadmin: '管理角色授权、账号解锁等安全策略（等保三级 安全管理员）。',
  auditor: '查询审计日志，校验审计记录完整性（等保三级 审计管理员）。',
};
