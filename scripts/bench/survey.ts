/**
 * `node --import tsx scripts/bench/survey.ts <database-url> [username]`: every GET route without a path
 * parameter, called as `username` (default the province account `scale_34`) on the app as `npm start` runs it;
 * prints the median of three calls after one warm-up, the status and the body size, slowest last when
 * piped through `sort -n`. A quick look for a route that grows with the province (BENCHMARKS, rounds 4 and 10).
 */
import { freePort } from '../../server/db/embedded';
import { makeTempDir, spawnApp, stopApp, waitHealthy } from '../../server/test/app-process';
import { loginCookie } from './case';

const [url, username = 'scale_34'] = process.argv.slice(2);
const app = spawnApp({ dataDir: makeTempDir('kejiju-survey-'), port: await freePort(), env: { NODE_ENV: 'production', DATABASE_URL: url!, KEJIJU_SM4_KEY: '00112233445566778899aabbccddeeff' }, entry: 'start' });
try {
  await waitHealthy(app);
  const cookie = await loginCookie(app.url, username);
  const doc = await (await fetch(`${app.url}/api/docs/json`, { headers: { cookie } })).json() as { paths: Record<string, Record<string, { parameters?: { in: string; name: string; required?: boolean }[] }>> };
  const year = new Date().getFullYear() - 1;
  for (const [path, ops] of Object.entries(doc.paths)) {
    if (!ops.get || path.includes('{') || /export|template|docs|events|download/.test(path)) continue;
    const required = (ops.get.parameters ?? []).filter((p) => p.in === 'query' && p.required).map((p) => p.name);
    const qs = required.map((n) => `${n}=${n === 'year' ? year : ''}`).join('&');
    const target = `${app.url}${path}${qs ? `?${qs}` : ''}`;
    const times: number[] = [];
    let status = 0; let bytes = 0;
    for (let i = 0; i < 4; i++) {
      const t0 = performance.now();
      const res = await fetch(target, { headers: { cookie } });
      const body = await res.arrayBuffer();
      times.push(performance.now() - t0); status = res.status; bytes = body.byteLength;
    }
    times.shift(); times.sort((a, b) => a - b);
    console.log(`${times[1]!.toFixed(0).padStart(6)} ms ${String(status).padStart(4)} ${String(bytes).padStart(9)} B  ${path}${qs ? `?${qs}` : ''}`);
  }
} finally {
  await stopApp(app);
}
