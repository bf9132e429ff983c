import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The repository root: the nearest directory above this module that holds Kejiju's package.json.
 * Walking up (instead of a fixed `../..`) gives the same answer from `server/paths.ts` under tsx and
 * from the bundle `dist/server/main.mjs` that `npm start` runs.
 */
function findRepoRoot(from: string): string {
  for (let dir = from; ; dir = path.dirname(dir)) {
    const file = path.join(dir, 'package.json');
    if (fs.existsSync(file) && (JSON.parse(fs.readFileSync(file, 'utf8')) as { name?: string }).name === 'kejiju') return dir;
    if (path.dirname(dir) === dir) throw new Error(`Kejiju's package.json not found above ${from}`);
  }
}

export const repoRoot: string = findRepoRoot(path.dirname(fileURLToPath(import.meta.url)));

/** Resolves a path relative to the repository root. */
export const fromRoot = (...parts: string[]): string => path.join(repoRoot, ...parts);
