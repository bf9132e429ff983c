import { useCurrentUser } from '../../app/auth';

/** Mirrors the server policy: bureau leaders and staff write; the upper bureau only reads. */
export function useCanManage(): boolean {
  const me = useCurrentUser();
  return me.roles.some((r) => r === 'staff' || r === 'leader');
}

export const levelOptions = [
  { value: 'province', label: '省级' }, { value: 'city', label: '市级' }, { value: 'county', label: '县级' }, { value: 'national', label: '国家级' },
];
export const formOptions = [{ value: 'individual', label: '个人' }, { value: 'legal_person', label: '法人' }];
export const gradeColors: Record<string, string> = { excellent: 'gold', good: 'green', pass: 'blue', fail: 'red' };
export const statusColors: Record<string, string> = { active: 'green', candidate: 'default', exited: 'red' };
