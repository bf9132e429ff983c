import { Secret, TOTP } from 'otpauth';

const period = 30;

function totpFor(secretBase32: string, username: string): TOTP {
  return new TOTP({ issuer: 'Kejiju科技局平台', label: username, algorithm: 'SHA1', digits: 6, period, secret: Secret.fromBase32(secretBase32) });
}

export function newTotpSecret(): string {
  return new Secret({ size: 20 }).base32;
}

export function totpUri(secretBase32: string, username: string): string {
  return totpFor(secretBase32, username).toString();
}

/**
 * Checks a code against the current step ±1 and returns the accepted step, or null. Callers store
 * the step and refuse steps at or before the last accepted one, so a code works once.
 */
export function acceptTotp(secretBase32: string, username: string, code: string, now: Date, lastStep: number | null): number | null {
  const delta = totpFor(secretBase32, username).validate({ token: code, timestamp: now.getTime(), window: 1 });
  if (delta === null) return null;
  const step = Math.floor(now.getTime() / 1000 / period) + delta;
  if (lastStep !== null && step <= lastStep) return null;
  return step;
}

/** Current code, for tests and enrolment checks. */
export function totpCode(secretBase32: string, now: Date): string {
  return new TOTP({ secret: Secret.fromBase32(secretBase32), digits: 6, period }).generate({ timestamp: now.getTime() });
}
