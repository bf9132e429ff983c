import { Button, Input, Space } from 'antd';
import { passwordProblem } from '../../../domain/password-policy';

const sets = ['ABCDEFGHJKLMNPQRSTUVWXYZ', 'abcdefghijkmnpqrstuvwxyz', '23456789', '#@%&*!?'];

/** A random password that passes the 等保 policy (all four character classes, 12 characters). */
export function generatePassword(length = 12): string {
  const pick = (s: string) => s[crypto.getRandomValues(new Uint32Array(1))[0]! % s.length]!;
  const chars = sets.map(pick);
  const all = sets.join('');
  while (chars.length < length) chars.push(pick(all));
  for (let i = chars.length - 1; i > 0; i--) {
    const j = crypto.getRandomValues(new Uint32Array(1))[0]! % (i + 1);
    [chars[i], chars[j]] = [chars[j]!, chars[i]!];
  }
  return chars.join('');
}

/** Form rule running the shared password policy (domain/password-policy.ts). */
export const passwordRule = (username?: () => string | undefined) => ({
  validator: (_: unknown, value: string | undefined) => {
    if (!value) return Promise.resolve();
    const problem = passwordProblem(value, username?.());
    return problem ? Promise.reject(new Error(problem)) : Promise.resolve();
  },
});

interface Props {
  value?: string;
  onChange?: (value: string) => void;
  placeholder?: string;
}

/** Password input with a 生成 button, for passwords an administrator hands over. */
export function GeneratedPasswordInput({ value, onChange, placeholder }: Props) {
  return (
    <Space.Compact style={{ width: '100%' }}>
      <Input.Password value={value} onChange={(e) => onChange?.(e.target.value)} placeholder={placeholder}
        autoComplete="new-password" visibilityToggle />
      <Button onClick={() => onChange?.(generatePassword())}>随机生成</Button>
    </Space.Compact>
  );
}
