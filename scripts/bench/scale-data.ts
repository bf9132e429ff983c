import { spawn } from 'node:child_process';
import { repoRoot } from '../../server/test/app-process';

/**
 * Fills a benchmark database with `npm run seed:scale -- --scale=<scale>` in a child process (the
 * embedded PostgreSQL of `dataDir`, or DATABASE_URL in `env`), so the list cases run on
 * province-scale data. Resolves with the seconds it took.
 */
export async function seedScaleInto(dataDir: string, env: Record<string, string>, scale: number, log: (m: string) => void): Promise<number> {
  const t0 = performance.now();
  const childEnv: NodeJS.ProcessEnv = { ...process.env, KEJIJU_DATA_DIR: dataDir, KEJIJU_DEMO: 'true', LOG_LEVEL: 'warn', ...env };
  if (!env.DATABASE_URL) delete childEnv.DATABASE_URL;
  const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/seed-scale/index.ts', `--scale=${scale}`], { cwd: repoRoot, env: childEnv, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  const onData = (c: Buffer) => {
    const text = c.toString('utf8');
    out += text;
    for (const line of text.split('\n')) if (/^\[seed:scale\] (完成|.*100%)/.test(line)) log(line.replace('[seed:scale] ', 'seed:scale：'));
  };
  child.stdout.on('data', onData);
  child.stderr.on('data', onData);
  const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
  if (code !== 0) throw new Error(`seed:scale exited with ${code}:\n${out}`);
  return (performance.now() - t0) / 1000;
}
