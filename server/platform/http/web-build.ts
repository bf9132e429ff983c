import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { repoRoot as root } from '../../paths';

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestMtime(full));
    else newest = Math.max(newest, fs.statSync(full).mtimeMs);
  }
  return newest;
}

/**
 * Builds the web app with Vite when web/dist is missing or older than any web or domain source.
 * KEJIJU_SKIP_WEB_BUILD=1 skips the check (API-only processes: tests, benchmarks).
 */
export async function ensureWebBuilt(log: (m: string) => void): Promise<void> {
  if (process.env.KEJIJU_SKIP_WEB_BUILD === '1') return;
  const index = path.join(root, 'web/dist/index.html');
  const sources = [path.join(root, 'web/src'), path.join(root, 'domain'), path.join(root, 'web/index.html'), path.join(root, 'web/vite.config.ts')];
  const sourceTime = Math.max(...sources.filter(fs.existsSync).map((s) => (fs.statSync(s).isDirectory() ? newestMtime(s) : fs.statSync(s).mtimeMs)));
  if (fs.existsSync(index) && fs.statSync(index).mtimeMs >= sourceTime) return;
  if (!fs.existsSync(path.join(root, 'web/index.html'))) return;
  log('正在构建前端资源（首次启动或源码已更新）…');
  const result = spawnSync(process.execPath, [path.join(root, 'node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'warn'], {
    cwd: path.join(root, 'web'),
    stdio: 'inherit',
    env: { ...process.env, NODE_ENV: 'production' },
  });
  if (result.status !== 0) throw new Error('前端构建失败，请查看上方输出');
}
