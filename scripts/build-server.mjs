#!/usr/bin/env node
// Bundles server/main.ts and what it imports from server/ and domain/ into one ESM file,
// dist/server/main.mjs, which `npm start` runs (scripts/start.mjs) instead of loading a few hundred
// TypeScript modules through tsx at every start. node_modules stay external. The linked source map
// (sources only, no copies of them) makes stack traces name the .ts files when source maps are on.
//
//   node scripts/build-server.mjs          build now
//   import { ensureServerBuilt } from …    build only when missing or older than its sources
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const bundlePath = path.join(root, 'dist/server/main.mjs');

/** Everything the bundle is built from: the server and domain sources, package.json and this script. */
const sourceRoots = ['server', 'domain', 'package.json', 'scripts/build-server.mjs'];

function newestMtime(p) {
  const stat = fs.statSync(p, { throwIfNoEntry: false });
  if (!stat) return 0;
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of fs.readdirSync(p)) newest = Math.max(newest, newestMtime(path.join(p, entry)));
  return newest;
}

/** True when the bundle is missing or older than any of its sources. */
export function serverBuildStale() {
  const built = fs.statSync(bundlePath, { throwIfNoEntry: false });
  if (!built) return true;
  return sourceRoots.some((s) => newestMtime(path.join(root, s)) > built.mtimeMs);
}

/** Builds the bundle (and its .map) and replaces the old files only once both are written. */
export async function buildServer() {
  const esbuild = await import('esbuild');
  let result;
  try {
    result = await esbuild.build({
      absWorkingDir: root,
      entryPoints: ['server/main.ts'],
      outfile: bundlePath,
      bundle: true,
      platform: 'node',
      target: 'node20',
      format: 'esm',
      packages: 'external',
      sourcemap: 'linked',
      sourcesContent: false,
      write: false,
      logLevel: 'warning',
    });
  } finally {
    // The API keeps an esbuild child process for further builds; the server needs none.
    await esbuild.stop();
  }
  fs.mkdirSync(path.dirname(bundlePath), { recursive: true });
  // Map first, then the bundle: a concurrent reader never sees a bundle without its map. Each file
  // goes through a temp name and a rename, so two launchers building at once cannot tear a file.
  const files = [...result.outputFiles].sort((a, b) => Number(a.path.endsWith('.mjs')) - Number(b.path.endsWith('.mjs')));
  for (const file of files) {
    const tmp = `${file.path}.${process.pid}.tmp`;
    fs.writeFileSync(tmp, file.contents);
    fs.renameSync(tmp, file.path);
  }
  return bundlePath;
}

/** Builds the bundle when it is missing or stale; returns its path. */
export async function ensureServerBuilt(log = () => undefined) {
  if (serverBuildStale()) {
    const t = Date.now();
    await buildServer();
    log(`已构建服务端 ${path.relative(root, bundlePath)}（${Date.now() - t} ms）`);
  }
  return bundlePath;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const t = Date.now();
  await buildServer();
  console.log(`[kejiju] 已构建 ${path.relative(root, bundlePath)}（${Date.now() - t} ms）`);
}
