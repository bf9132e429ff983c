/**
 * `npm run audit:verify`: walks the audit-log hash chain and reports whether it is intact.
 * Exit code 0: intact; 1: broken (tampered, deleted or inserted rows); 2: could not check.
 *
 * Uses the same configuration as the app: DATABASE_URL (works while the app runs), otherwise the
 * embedded database in KEJIJU_DATA_DIR (only while the app is stopped: one process per data dir).
 */
import fs from 'node:fs';
import path from 'node:path';
import { bootstrap } from '../server/bootstrap';
import { type Config, parseConfig } from '../server/config';
import { processAlive } from '../server/db/embedded';
import { verifyAuditChain } from '../server/platform/audit/verify';

const say = (m: string) => console.log(`[audit:verify] ${m}`);

/** Why the embedded data directory cannot be opened now, or null when it can. */
function embeddedUnavailable(dataDir: string): string | null {
  if (!fs.existsSync(path.join(dataDir, 'pg', 'PG_VERSION'))) {
    return `数据目录 ${dataDir} 中没有数据库。请用 KEJIJU_DATA_DIR 指向应用的数据目录，或用 DATABASE_URL 指定外部 PostgreSQL。`;
  }
  const lockFile = path.join(dataDir, 'kejiju.lock');
  const owner = fs.existsSync(lockFile) ? Number(fs.readFileSync(lockFile, 'utf8').trim()) : 0;
  if (owner && owner !== process.pid && processAlive(owner)) {
    return [
      `内置数据库正由运行中的 Kejiju 进程 (pid ${owner}) 使用，同一数据目录不能同时由两个进程打开。`,
      '请改用管理页面「审计日志 → 校验哈希链」（审计管理员账号），或先停止应用再运行 npm run audit:verify。',
      '（使用外部 PostgreSQL 即设置了 DATABASE_URL 时，本命令可与应用同时运行。）',
    ].join('\n');
  }
  return null;
}

async function main(): Promise<number> {
  let config: Config = parseConfig();
  if (!config.databaseUrl) {
    const reason = embeddedUnavailable(config.dataDir);
    if (reason) {
      console.error(reason);
      return 2;
    }
  } else if (!config.sm4KeyHex) {
    // The check decrypts nothing: a placeholder key spares the operator KEJIJU_SM4_KEY and keeps
    // bootstrap from writing a key file next to an external database.
    config = { ...config, sm4KeyHex: '0'.repeat(32) };
  }
  say(config.databaseUrl ? '数据库：外部 PostgreSQL（DATABASE_URL）' : `数据库：内置 PostgreSQL，数据目录 ${config.dataDir}`);
  const runtime = await bootstrap(config, say, { jobs: 'none' });
  try {
    const started = Date.now();
    const report = await verifyAuditChain(runtime.ctx.database.db);
    const took = `用时 ${Date.now() - started} ms`;
    if (report.ok) {
      say(`审计日志哈希链完整：共校验 ${report.checked} 条记录（${took}）。`);
      return 0;
    }
    say(`审计日志哈希链已损坏：${report.reason}。`);
    say(`第 ${report.firstBadId} 条之前的 ${report.checked} 条记录完整（${took}）。请保全数据库并报告安全管理员。`);
    return 1;
  } finally {
    await runtime.shutdown();
  }
}

main().then(
  (code) => process.exit(code),
  (err) => {
    console.error(`[audit:verify] 无法校验：${err instanceof Error ? err.message : String(err)}`);
    process.exit(2);
  },
);
