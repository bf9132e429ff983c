import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export interface AppServer {
  url: string;
  dataDir: string;
  /** Everything the process printed so far (for failure messages). */
  output: () => string;
  stop: () => Promise<void>;
}

export interface StartOptions {
  /** Extra environment; by default a fresh embedded database in demo mode. */
  env?: Record<string, string>;
  /** How long to wait for /api/health (first start builds the web app and initialises PostgreSQL). */
  timeoutMs?: number;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const address = srv.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      srv.close(() => resolve(port));
    });
  });
}

const exited = (child: ChildProcess) => child.exitCode !== null || child.signalCode !== null;

function waitForExit(child: ChildProcess, ms: number): Promise<boolean> {
  if (exited(child)) return Promise.resolve(true);
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(false), ms);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve(true);
    });
  });
}

async function waitForHealth(url: string, child: ChildProcess, output: () => string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (exited(child)) throw new Error(`app exited early (${child.exitCode ?? child.signalCode}):\n${output()}`);
    try {
      const res = await fetch(`${url}/api/health`);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error(`app not healthy after ${timeoutMs} ms:\n${output()}`);
}

/**
 * Starts the real app (`node --import tsx server/main.ts`) on a free port with its own data
 * directory: it builds the web assets if stale, migrates, seeds demo data and serves HTTP.
 */
export async function startAppServer(options: StartOptions = {}): Promise<AppServer> {
  const port = await freePort();
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kejiju-e2e-'));
  // Embedded PostgreSQL drops root privileges: its OS user must be able to traverse the directory.
  fs.chmodSync(dataDir, 0o755);
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(port),
    HOST: '127.0.0.1',
    KEJIJU_DATA_DIR: dataDir,
    KEJIJU_DEMO: 'true',
    LOG_LEVEL: 'warn',
    ...options.env,
  };
  // Vitest sets NODE_ENV=test; inherited by the Vite build the app runs, it would produce a
  // development bundle of React. Without it the server defaults to development, Vite to production.
  if (!options.env?.NODE_ENV) delete env.NODE_ENV;
  // A fresh embedded database unless the caller asks for another one explicitly.
  if (!options.env?.DATABASE_URL) delete env.DATABASE_URL;
  if (!options.env?.KEJIJU_PG_PORT) delete env.KEJIJU_PG_PORT;
  if (!options.env?.KEJIJU_SKIP_WEB_BUILD) delete env.KEJIJU_SKIP_WEB_BUILD;

  const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], { cwd: repoRoot, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let log = '';
  const append = (chunk: Buffer) => {
    log = (log + chunk.toString()).slice(-20_000);
  };
  child.stdout?.on('data', append);
  child.stderr?.on('data', append);
  const output = () => log;
  const url = `http://127.0.0.1:${port}`;

  const stop = async () => {
    if (!exited(child)) {
      child.kill('SIGTERM');
      if (!(await waitForExit(child, 20_000))) {
        child.kill('SIGKILL');
        await waitForExit(child, 5_000);
      }
    }
    fs.rmSync(dataDir, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 });
  };

  try {
    await waitForHealth(url, child, output, options.timeoutMs ?? 200_000);
  } catch (err) {
    await stop();
    throw err;
  }
  return { url, dataDir, output, stop };
}
