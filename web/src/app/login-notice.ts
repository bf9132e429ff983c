/**
 * A message for the next login screen ("会话已超时…"), kept outside the router state because
 * the guards may redirect to /login too and would drop it.
 */
const key = 'kejiju.loginNotice.message';

export function setLoginNotice(message: string): void {
  sessionStorage.setItem(key, message);
}

export function peekLoginNotice(): string | null {
  return sessionStorage.getItem(key);
}

export function clearLoginNotice(): void {
  sessionStorage.removeItem(key);
}
