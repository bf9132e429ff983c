import cluster, { type Worker } from 'node:cluster';
import type { AddressInfo } from 'node:net';
import type { AttachedDatabase } from './bootstrap';

/** How the primary tells a forked HTTP process which database to use (URL and kind, JSON). */
const attachEnv = 'KEJIJU_HTTP_WORKER_DATABASE';

/** In a forked HTTP process: the primary's database; elsewhere undefined. */
export function attachedDatabase(): AttachedDatabase | undefined {
  if (!cluster.isWorker) return undefined;
  const value = process.env[attachEnv];
  return value ? (JSON.parse(value) as AttachedDatabase) : undefined;
}

export interface HttpWorkers {
  /**
   * The port the processes share (the configured one, or the one the system chose for port 0),
   * once every process listens; rejects if one exits before it does.
   */
  ready: Promise<number>;
  /** Stops every HTTP process: SIGTERM, then SIGKILL after `graceMs`. */
  stop(graceMs?: number): Promise<void>;
}

export interface HttpWorkersOptions {
  processes: number;
  database: AttachedDatabase;
  log: (message: string) => void;
  /** Called when the processes keep dying (a crash loop): the primary should shut down. */
  onGiveUp: (reason: string) => void;
}

const restartDelayMs = 1_000;
/** More unexpected exits than this within `restartWindowMs` is a crash loop, not bad luck. */
const restartsAllowed = 5;
const restartWindowMs = 60_000;

const exitText = (code: number | null, signal: string | null) => (signal ? `信号 ${signal}` : `退出码 ${code}`);

/**
 * Forks the HTTP processes of this primary (node:cluster: they share the listening socket, the
 * primary hands connections out in turn) and keeps them running: a process that dies is replaced
 * after a second, unless they keep dying. `stop` works at once, also while they start.
 */
export function startHttpWorkers(options: HttpWorkersOptions): HttpWorkers {
  const workers = new Set<Worker>();
  const recentExits: number[] = [];
  let stopping = false;
  let started = false;
  const env = { [attachEnv]: JSON.stringify(options.database) };
  const fork = () => {
    const worker = cluster.fork(env);
    workers.add(worker);
    worker.on('exit', (code, signal) => {
      workers.delete(worker);
      if (stopping || !started) return;
      const now = Date.now();
      recentExits.push(now);
      while (recentExits[0]! < now - restartWindowMs) recentExits.shift();
      if (recentExits.length > restartsAllowed) {
        options.onGiveUp(`HTTP 进程 1 分钟内意外退出 ${recentExits.length} 次，不再重启`);
        return;
      }
      // A Ctrl-C reaches every process of the group: the primary's own stop begins within the delay.
      setTimeout(() => {
        if (stopping) return;
        options.log(`HTTP 进程 ${worker.process.pid} 意外退出（${exitText(code, signal)}），已重启`);
        fork();
      }, restartDelayMs).unref();
    });
    return worker;
  };

  const stop = async (graceMs = 10_000) => {
    stopping = true;
    const exits = [...workers].map((w) => new Promise<void>((resolve) => (w.isDead() ? resolve() : w.once('exit', () => resolve()))));
    for (const w of workers) w.process.kill('SIGTERM');
    const killer = setTimeout(() => {
      for (const w of workers) w.process.kill('SIGKILL');
    }, graceMs);
    await Promise.all(exits);
    clearTimeout(killer);
  };

  const ready = new Promise<number>((resolve, reject) => {
    let listening = 0;
    let failed: Error | null = null;
    for (let i = 0; i < options.processes; i++) {
      const worker = fork();
      worker.once('listening', (address: AddressInfo) => {
        if (++listening < options.processes) return;
        started = true;
        resolve(address.port);
      });
      worker.once('exit', (code, signal) => {
        if (started || failed) return;
        // The first process to fail says why (its own output has the details); the rest are stopped.
        failed = new Error(`HTTP 进程启动失败（${exitText(code, signal)}）`);
        void stop().then(() => reject(failed));
      });
    }
  });
  return { ready, stop };
}
