import { describe, expect, it } from 'vitest';
import { passwordExpired, passwordProblem } from './password-policy';
import { canGrantRole, roleSetProblem } from './roles';

describe('password policy', () => {
  it('needs 8 characters and 3 of 4 character classes', () => {
    expect(passwordProblem('Ab#1234')).toContain('至少 8 位');
    expect(passwordProblem('abcdefgh')).toContain('至少三类');
    expect(passwordProblem('abcdefg1')).toContain('至少三类');
    expect(passwordProblem('Abcdefg1')).toBeNull();
    expect(passwordProblem('abcdef#1')).toBeNull();
  });
  it('refuses a password containing the username', () => {
    expect(passwordProblem('Staff#2026x', 'staff')).toContain('用户名');
  });
  it('expires after the configured days, never when 0', () => {
    const changed = new Date('2026-01-01T00:00:00Z');
    expect(passwordExpired(changed, new Date('2026-03-31T23:59:59Z'), 90)).toBe(false);
    expect(passwordExpired(changed, new Date('2026-04-01T00:00:00Z'), 90)).toBe(true);
    expect(passwordExpired(changed, new Date('2030-01-01T00:00:00Z'), 0)).toBe(false);
  });
});

describe('role rules', () => {
  it('lets sysadmin grant business roles only, secadmin every role', () => {
    expect(canGrantRole(['sysadmin'], 'staff')).toBe(true);
    expect(canGrantRole(['sysadmin'], 'auditor')).toBe(false);
    expect(canGrantRole(['secadmin'], 'auditor')).toBe(true);
    expect(canGrantRole(['staff'], 'staff')).toBe(false);
  });
  it('keeps admin roles on separate accounts', () => {
    expect(roleSetProblem(['sysadmin', 'auditor'])).toContain('不同账号');
    expect(roleSetProblem(['secadmin', 'staff'])).toContain('不能与业务角色兼任');
    expect(roleSetProblem(['staff', 'expert'])).toBeNull();
    expect(roleSetProblem([])).toContain('至少');
  });
});
