import os from 'node:os';
import path from 'node:path';
import { z } from 'zod';

const bool = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  HOST: z.string().default('127.0.0.1'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  DATABASE_URL: z.string().url().optional(),
  KEJIJU_DATA_DIR: z.string().default('./data'),
  KEJIJU_PG_PORT: z.coerce.number().int().min(1024).max(65535).optional(),
  /** Demo mode: demo data on an empty database, demo accounts log in with the password alone. */
  KEJIJU_DEMO: bool.optional(),
  /** 16-byte SM4 key as 32 hex characters; generated into the data directory in embedded mode. */
  KEJIJU_SM4_KEY: z.string().regex(/^[0-9a-fA-F]{32}$/, 'KEJIJU_SM4_KEY 必须是 32 位十六进制').optional(),
  TRUST_PROXY: bool.default(false),
  SESSION_IDLE_MINUTES: z.coerce.number().int().min(1).default(30),
  SESSION_ABSOLUTE_HOURS: z.coerce.number().int().min(1).default(12),
  LOCKOUT_THRESHOLD: z.coerce.number().int().min(1).default(5),
  LOCKOUT_MINUTES: z.coerce.number().int().min(1).default(30),
  PASSWORD_EXPIRY_DAYS: z.coerce.number().int().min(0).default(90),
  LOGIN_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).default(20),
  PUBLIC_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).default(60),
  WEB_DIST_DIR: z.string().default('./web/dist'),
  /** Largest file accepted by upload routes (Excel imports, attachments), in MB. */
  KEJIJU_UPLOAD_MAX_MB: z.coerce.number().int().min(1).max(1024).default(50),
  /** Exports of up to this many rows are sent at once; bigger ones become a background task. */
  KEJIJU_EXPORT_INLINE_ROWS: z.coerce.number().int().min(1).max(100_000).default(5_000),
  /** HTTP processes of the `web` and `api` roles: a number, or `auto` (half the cores, 1 to 4). */
  KEJIJU_HTTP_PROCESSES: z
    .string()
    .regex(/^(auto|[1-9]\d?)$/, 'KEJIJU_HTTP_PROCESSES 应为 auto 或 1–99 的整数')
    .default('auto'),
});

/**
 * `auto` leaves half the cores to PostgreSQL, which usually runs on the same machine (the embedded
 * one always does): on 2 cores a second HTTP process measured no more requests per second and a
 * worse p99 (docs/BENCHMARKS.md). It stops at 4 because each process keeps up to 10 database
 * connections and 3 for pg-boss, and PostgreSQL's default max_connections (100) must also serve the
 * job workers and the administrators. Set a number when the database has its own machine.
 */
export const autoHttpProcessesMax = 4;

function httpProcessesOf(value: string): number {
  if (value !== 'auto') return Number(value);
  return Math.max(1, Math.min(Math.floor(os.availableParallelism() / 2), autoHttpProcessesMax));
}

export type Env = z.infer<typeof envSchema>;

export interface Config {
  env: Env['NODE_ENV'];
  host: string;
  port: number;
  logLevel: Env['LOG_LEVEL'];
  databaseUrl: string | undefined;
  dataDir: string;
  pgPort: number | undefined;
  demo: boolean;
  sm4KeyHex: string | undefined;
  trustProxy: boolean;
  webDistDir: string;
  uploadMaxBytes: number;
  exportInlineRows: number;
  httpProcesses: number;
  security: {
    sessionIdleMinutes: number;
    sessionAbsoluteHours: number;
    lockoutThreshold: number;
    lockoutMinutes: number;
    passwordExpiryDays: number;
    loginRatePerMinute: number;
    publicRatePerMinute: number;
  };
}

export function parseConfig(source: NodeJS.ProcessEnv = process.env): Config {
  const parsed = envSchema.safeParse(source);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    throw new Error(`环境变量配置错误:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  return {
    env: e.NODE_ENV,
    host: e.HOST,
    port: e.PORT,
    logLevel: e.LOG_LEVEL,
    databaseUrl: e.DATABASE_URL,
    dataDir: path.resolve(e.KEJIJU_DATA_DIR),
    pgPort: e.KEJIJU_PG_PORT,
    // Demo mode defaults on only for the embedded database, never for a production server.
    demo: e.KEJIJU_DEMO ?? !e.DATABASE_URL,
    sm4KeyHex: e.KEJIJU_SM4_KEY,
    trustProxy: e.TRUST_PROXY,
    webDistDir: path.resolve(e.WEB_DIST_DIR),
    uploadMaxBytes: e.KEJIJU_UPLOAD_MAX_MB * 1024 * 1024,
    exportInlineRows: e.KEJIJU_EXPORT_INLINE_ROWS,
    httpProcesses: httpProcessesOf(e.KEJIJU_HTTP_PROCESSES),
    security: {
      sessionIdleMinutes: e.SESSION_IDLE_MINUTES,
      sessionAbsoluteHours: e.SESSION_ABSOLUTE_HOURS,
      lockoutThreshold: e.LOCKOUT_THRESHOLD,
      lockoutMinutes: e.LOCKOUT_MINUTES,
      passwordExpiryDays: e.PASSWORD_EXPIRY_DAYS,
      loginRatePerMinute: e.LOGIN_RATE_LIMIT_PER_MINUTE,
      publicRatePerMinute: e.PUBLIC_RATE_LIMIT_PER_MINUTE,
    },
  };
}
