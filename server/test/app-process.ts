import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { processAlive } from '../db/embedded';

/**
 * Helpers that run the real app as a child process: `node --import tsx server/main.ts` by default,
 * or what `npm start` runs (`entry: 'start'`: scripts/start.mjs and the bundle dist/server/main.mjs).
 */

export const repoRoot = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../..');

export interface AppProcess {
  child: ChildProcess;
  pid: number;
  port: number;
  url: string;
  /** Everything the process wrote to stdout and stderr so far. */
  output(): string;
  /** Resolves with the exit code (or the signal name) once the process has exited. */
  exited: Promise<number | string>;
}

export interface SpawnOptions {
  dataDir: string;
  port?: number;
  role?: 'web' | 'migrate';
  env?: Record<string, string | undefined>;
  /** Extra Node flags before the script (e.g. --cpu-prof, which NODE_OPTIONS refuses). */
  nodeArgs?: string[];
  /** `tsx` (default): server/main.ts through tsx; `start`: the `npm start` launcher and bundle. */
  entry?: 'tsx' | 'start';
}

/** A temp directory the `postgres` OS user can traverse (embedded PostgreSQL drops root). */
export function makeTempDir(prefix: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  fs.chmodSync(dir, 0o755);
  return dir;
}

/** The Node flags `npm start` passes (package.json), so a spawned `start` entry runs as deployed. */
export function startNodeFlags(): string[] {
  const pkg = JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as { scripts: { start: string } };
  const flags = /^node\s+((?:--\S+\s+)*)scripts\/start\.mjs/.exec(pkg.scripts.start)?.[1] ?? '';
  return flags.split(/\s+/).filter(Boolean);
}

export function spawnApp(options: SpawnOptions): AppProcess {
  const port = options.port ?? 0;
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(port),
    KEJIJU_DATA_DIR: options.dataDir,
    KEJIJU_DEMO: 'true',
    KEJIJU_SKIP_WEB_BUILD: '1',
    LOG_LEVEL: 'warn',
    ...options.env,
  };
  // The embedded database under test, never the developer's external one.
  if (!options.env?.DATABASE_URL) delete env.DATABASE_URL;
  if (!options.env?.KEJIJU_PG_PORT) delete env.KEJIJU_PG_PORT;
  const entry = options.entry === 'start' ? [...startNodeFlags(), 'scripts/start.mjs'] : ['--import', 'tsx', 'server/main.ts'];
  const args = [...(options.nodeArgs ?? []), ...entry, ...(options.role === 'migrate' ? ['migrate'] : [])];
  const child = spawn(process.execPath, args, { cwd: repoRoot, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  child.stdout!.on('data', (c: Buffer) => (out += c.toString('utf8')));
  child.stderr!.on('data', (c: Buffer) => (out += c.toString('utf8')));
  const exited = new Promise<number | string>((resolve) => {
    child.once('exit', (code, signal) => resolve(code ?? signal ?? 'unknown'));
  });
  return { child, pid: child.pid!, port, url: `http://127.0.0.1:${port}`, output: () => out, exited };
}

/** Runs `server/main.ts migrate` (initdb, migrations, regions, demo data) and waits for it. */
export async function migrate(dataDir: string, env?: Record<string, string | undefined>): Promise<void> {
  const p = spawnApp({ dataDir, role: 'migrate', env });
  const code = await p.exited;
  if (code !== 0) throw new Error(`migrate exited with ${code}:\n${p.output()}`);
}

/** Polls GET /api/health until it answers 200; fails early if the process exits. */
export async function waitHealthy(app: AppProcess, timeoutMs = 90_000, pollMs = 50): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let gone: number | string | null = null;
  void app.exited.then((c) => (gone = c));
  while (Date.now() < deadline) {
    if (gone !== null) throw new Error(`app exited with ${gone} before it was healthy:\n${app.output()}`);
    if (await isHealthy(app.url)) return;
    await sleep(pollMs);
  }
  throw new Error(`app not healthy after ${timeoutMs} ms:\n${app.output()}`);
}

export async function isHealthy(url: string): Promise<boolean> {
  try {
    const res = await fetch(`${url}/api/health`, { signal: AbortSignal.timeout(2_000) });
    await res.arrayBuffer();
    return res.status === 200;
  } catch {
    return false;
  }
}

/** Stops an app: SIGTERM (clean shutdown of its PostgreSQL), SIGKILL if it hangs. */
export async function stopApp(app: AppProcess, graceMs = 20_000): Promise<void> {
  if (app.child.exitCode !== null || app.child.signalCode !== null) return;
  app.child.kill('SIGTERM');
  const timer = setTimeout(() => app.child.kill('SIGKILL'), graceMs);
  await app.exited;
  clearTimeout(timer);
}

export interface PostmasterInfo {
  pid: number;
  port: number;
}

/** Reads `<dataDir>/pg/postmaster.pid` (line 1: pid, line 4: port); null when absent. */
export function readPostmaster(dataDir: string): PostmasterInfo | null {
  const file = path.join(dataDir, 'pg', 'postmaster.pid');
  if (!fs.existsSync(file)) return null;
  const lines = fs.readFileSync(file, 'utf8').split('\n');
  const pid = Number(lines[0]);
  const port = Number(lines[3]);
  return pid && port ? { pid, port } : null;
}

/** Embedded database URL of a data directory whose PostgreSQL is running. */
export function embeddedUrl(dataDir: string, database = 'kejiju'): string {
  const info = readPostmaster(dataDir);
  if (!info) throw new Error(`no running PostgreSQL in ${dataDir}`);
  const password = fs.readFileSync(path.join(dataDir, 'pg-password'), 'utf8').trim();
  return `postgres://kejiju:${encodeURIComponent(password)}@127.0.0.1:${info.port}/${database}`;
}

/** Last-resort cleanup: stops a PostgreSQL left running in the data directory (fast shutdown). */
export async function stopPostmaster(dataDir: string, timeoutMs = 30_000): Promise<void> {
  const info = readPostmaster(dataDir);
  if (!info || !processAlive(info.pid)) return;
  process.kill(info.pid, 'SIGINT');
  const deadline = Date.now() + timeoutMs;
  while (processAlive(info.pid)) {
    if (Date.now() > deadline) {
      process.kill(info.pid, 'SIGQUIT');
      break;
    }
    await sleep(100);
  }
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Node processes whose parent is `pid` (from /proc: the app's forked HTTP processes, not tsx's esbuild). */
export function nodeChildrenOf(pid: number): number[] {
  return fs
    .readdirSync('/proc')
    .filter((d) => /^\d+$/.test(d))
    .filter((d) => {
      try {
        const stat = fs.readFileSync(`/proc/${d}/stat`, 'utf8');
        return stat.includes(' (node) ') && stat.split(') ')[1]!.split(' ')[1] === String(pid);
      } catch {
        return false;
      }
    })
    .map(Number);
}

/** Probes until `ok` holds or the time is up; returns the last value either way. */
export async function until<T>(probe: () => T | Promise<T>, ok: (v: T) => boolean, timeoutMs = 30_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const v = await probe();
    if (ok(v) || Date.now() > deadline) return v;
    await sleep(100);
  }
}

