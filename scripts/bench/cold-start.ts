import { type SpawnOptions, spawnApp, stopApp, waitHealthy } from '../../server/test/app-process';
import { freePort } from '../../server/db/embedded';
import { buildServer } from '../build-server.mjs';

export interface ColdStartResult {
  runs: number[];
  medianMs: number;
  /** The app's own "就绪用时" (from main() to listening), median; the rest is Node + module loading. */
  inMainMedianMs: number;
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};

/**
 * Spawn → first 200 from /api/health on an already migrated and seeded database, `runs` times.
 * Measures what `npm start` runs — the launcher scripts/start.mjs and the bundle it imports — unless
 * `entry: 'tsx'` asks for server/main.ts through tsx. The bundle is built once up front, so no run
 * includes the build (the launcher's up-to-date check is included).
 */
export async function coldStart(options: Omit<SpawnOptions, 'port'>, runs: number): Promise<ColdStartResult> {
  const entry = options.entry ?? 'start';
  if (entry === 'start') await buildServer();
  const times: number[] = [];
  const inMain: number[] = [];
  for (let i = 0; i < runs; i++) {
    const port = await freePort();
    const t0 = performance.now();
    const app = spawnApp({ ...options, entry, port });
    try {
      await waitHealthy(app, 120_000, 10);
      times.push(performance.now() - t0);
      const ready = /就绪用时 (\d+) ms/.exec(app.output());
      if (ready) inMain.push(Number(ready[1]));
    } finally {
      await stopApp(app);
    }
  }
  return { runs: times, medianMs: median(times), inMainMedianMs: inMain.length ? median(inMain) : NaN };
}
