import fs from 'node:fs';
import path from 'node:path';
import type { Config } from './config';
import { connect, type Database } from './db/client';
import { acquireDataDirLock, type EmbeddedServer, readOrCreateSecret, startEmbedded } from './db/embedded';
import { runMigrations } from './db/migrate';
import { cryptoSelfTest } from './platform/crypto/sm';
import { FieldCipher } from './platform/crypto/field-cipher';
import type { AppContext } from './platform/context';
import { startPgBossJobs } from './platform/jobs/jobs';
import { notStartedJobs } from './platform/jobs/not-started';
import { fromRoot } from './paths';

export const appVersion: string = JSON.parse(fs.readFileSync(fromRoot('package.json'), 'utf8')).version;

export interface Runtime {
  ctx: AppContext;
  embedded: EmbeddedServer | null;
  shutdown(): Promise<void>;
}

export interface BootstrapOptions {
  jobs: 'workers' | 'enqueue-only' | 'none';
  /**
   * An HTTP process forked by the primary (cluster.ts) uses the primary's database, already
   * started and migrated, instead of starting or migrating one itself.
   */
  attach?: AttachedDatabase;
}

export interface AttachedDatabase {
  url: string;
  kind: Database['kind'];
}

/**
 * Everything a process needs before it can serve: crypto self-test, database (embedded or
 * external), migrations, field cipher. Shared by `main.ts`, scripts and tests.
 */
export async function bootstrap(
  config: Config,
  log: (m: string) => void = () => undefined,
  options: BootstrapOptions = { jobs: 'workers' },
): Promise<Runtime> {
  cryptoSelfTest();
  let embedded: EmbeddedServer | null = null;
  let releaseLock: (() => void) | null = null;
  let database: Database;
  if (options.attach) {
    database = connect(options.attach.url, options.attach.kind);
  } else if (config.databaseUrl) {
    database = connect(config.databaseUrl, 'external');
  } else {
    releaseLock = acquireDataDirLock(config.dataDir);
    try {
      embedded = await startEmbedded(config.dataDir, { port: config.pgPort, log });
    } catch (err) {
      releaseLock();
      throw err;
    }
    database = connect(embedded.url, 'embedded');
  }
  if (!options.attach) await runMigrations(database.db);
  const keyHex = config.sm4KeyHex ?? defaultKey(config);
  const ctx: AppContext = { config, database, cipher: new FieldCipher(keyHex), version: appVersion, jobs: notStartedJobs, now: () => new Date() };
  if (options.jobs !== 'none') {
    ctx.jobs = await startPgBossJobs(ctx, databaseUrlOf(config, embedded, options.attach), { workers: options.jobs === 'workers' });
  }
  return {
    ctx,
    embedded,
    async shutdown() {
      await ctx.jobs.stop().catch(() => undefined);
      await database.close();
      if (embedded) await embedded.stop();
      releaseLock?.();
    },
  };
}

/** The URL the process's own connections use: the primary's, the external server's or the embedded one's. */
export function databaseUrlOf(config: Config, embedded: EmbeddedServer | null, attach?: AttachedDatabase): string {
  return attach?.url ?? config.databaseUrl ?? embedded!.url;
}

function defaultKey(config: Config): string {
  if (!config.databaseUrl) return readOrCreateSecret(path.join(config.dataDir, 'sm4.key'), 16);
  if (config.demo) return readOrCreateSecret(path.join(config.dataDir, 'sm4.key'), 16);
  throw new Error('生产模式须通过 KEJIJU_SM4_KEY 提供 SM4 密钥（32 位十六进制）');
}
