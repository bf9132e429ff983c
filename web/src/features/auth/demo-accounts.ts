/** Demo-mode accounts (server/db/seed/demo.ts). The password only works while demo mode is on. */
export const demoPassword = 'Kejiju#2026';

export const demoAccounts: { username: string; label: string }[] = [
  { username: 'admin', label: '系统管理员' },
  { username: 'security', label: '安全管理员' },
  { username: 'auditor', label: '审计管理员' },
  { username: 'leader', label: '局领导（霍邱县）' },
  { username: 'staff', label: '业务科室（霍邱县）' },
  { username: 'staff2', label: '业务科室（舒城县）' },
  { username: 'city', label: '上级科技局（六安市，只读）' },
  { username: 'enterprise', label: '企业用户' },
  { username: 'expert', label: '专家' },
  { username: 'commissioner', label: '科技特派员' },
  { username: 'member', label: '成员单位（霍邱县统计局）' },
];
