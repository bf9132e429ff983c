/** Password rules of 等保 三级 (GB/T 22239-2019 8.1.4.1 a). */
export const passwordMinLength = 8;
export const passwordHistoryDepth = 5;

const classes: Array<[RegExp, string]> = [
  [/[a-z]/, '小写字母'],
  [/[A-Z]/, '大写字母'],
  [/[0-9]/, '数字'],
  [/[^A-Za-z0-9]/, '特殊字符'],
];

/** Returns a Chinese explanation of what is wrong, or null when the password is acceptable. */
export function passwordProblem(password: string, username?: string): string | null {
  if (password.length < passwordMinLength) return `密码长度至少 ${passwordMinLength} 位`;
  if (password.length > 128) return '密码长度不能超过 128 位';
  const present = classes.filter(([re]) => re.test(password)).length;
  if (present < 3) return '密码须包含大写字母、小写字母、数字、特殊字符中的至少三类';
  if (username && password.toLowerCase().includes(username.toLowerCase())) return '密码不能包含用户名';
  return null;
}

export function passwordExpired(changedAt: Date, now: Date, expiryDays: number): boolean {
  if (expiryDays <= 0) return false;
  return now.getTime() - changedAt.getTime() >= expiryDays * 86_400_000;
}
