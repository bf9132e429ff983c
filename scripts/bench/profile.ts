/**
 * `node --import tsx scripts/bench/profile.ts <database-url> <path?query> [seconds] [username]`: CPU
 * profile of the app (run as `npm start` runs it) while one list route is under load (10 connections)
 * as `username` (default `scale_34`); writes the
 * .cpuprofile to /tmp/kejiju-profile/ (open it in Chrome DevTools) — the tool behind the findings in
 * docs/BENCHMARKS.md.
 */
import fs from 'node:fs';
import { freePort } from '../../server/db/embedded';
import { makeTempDir, spawnApp, stopApp, waitHealthy } from '../../server/test/app-process';
import { loginCookie } from './case';
import { provinceUser } from './list-case';
import { httpLoad } from './load';

const [url, path, seconds = '10', username = provinceUser] = process.argv.slice(2);
if (!url || !path) throw new Error('usage: profile.ts <database-url> <path?query> [seconds] [username]');
const dir = '/tmp/kejiju-profile';
fs.mkdirSync(dir, { recursive: true });
const app = spawnApp({
  dataDir: makeTempDir('kejiju-profile-'),
  port: await freePort(),
  env: { NODE_ENV: 'production', DATABASE_URL: url, KEJIJU_SM4_KEY: process.env.KEJIJU_SM4_KEY ?? '00112233445566778899aabbccddeeff' },
  nodeArgs: ['--cpu-prof', `--cpu-prof-dir=${dir}`],
  entry: 'start',
});
try {
  await waitHealthy(app);
  const cookie = await loginCookie(app.url, username);
  const r = await httpLoad(app.url, { path, headers: { cookie } }, { connections: 10, durationMs: Number(seconds) * 1000, warmupMs: 1000 });
  console.log(JSON.stringify(r));
} finally {
  await stopApp(app);
}
