import { type Config, parseConfig } from '../config';

export const testSm4Key = '00112233445566778899aabbccddeeff';

export function testConfig(overrides: Partial<Config> = {}, security: Partial<Config['security']> = {}): Config {
  const base = parseConfig({ NODE_ENV: 'test', KEJIJU_DEMO: 'true', KEJIJU_SM4_KEY: testSm4Key, LOG_LEVEL: 'silent' });
  return { ...base, ...overrides, security: { ...base.security, ...security } };
}
