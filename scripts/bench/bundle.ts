import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { initialLoadSize } from '../../e2e/support/bundle-size';

/** Gzipped sizes of the built web app (web/dist, Vite manifest), for the report. */
export interface BundleSizes {
  builtAt: string;
  /** What a browser loads to show the login page and then the shell with the home page. */
  initial: { files: number; jsGzipBytes: number; gzipBytes: number };
  /** Every JS chunk together (what route-level splitting keeps out of the first load). */
  allJsGzipBytes: number;
  largestChunk: { file: string; gzipBytes: number };
}

const gz = (file: string) => zlib.gzipSync(fs.readFileSync(file), { level: 9 }).length;

/** Null when web/dist has no manifest (web app not built). */
export function bundleSizes(distDir: string): BundleSizes | null {
  const manifest = path.join(distDir, '.vite/manifest.json');
  if (!fs.existsSync(manifest)) return null;
  const initial = initialLoadSize(distDir, ['src/features/auth/LoginPage.tsx', 'src/features/home/HomePage.tsx']);
  const jsGzipBytes = initial.files.filter((f) => f.endsWith('.js')).reduce((sum, f) => sum + gz(path.join(distDir, f)), 0);
  const assets = path.join(distDir, 'assets');
  const chunks = fs.readdirSync(assets).filter((f) => f.endsWith('.js')).map((f) => ({ file: `assets/${f}`, gzipBytes: gz(path.join(assets, f)) }));
  const largestChunk = chunks.reduce((a, b) => (b.gzipBytes > a.gzipBytes ? b : a), { file: '–', gzipBytes: 0 });
  return {
    builtAt: fs.statSync(manifest).mtime.toISOString().slice(0, 16).replace('T', ' ') + ' UTC',
    initial: { files: initial.files.length, jsGzipBytes, gzipBytes: initial.gzipBytes },
    allJsGzipBytes: chunks.reduce((sum, c) => sum + c.gzipBytes, 0),
    largestChunk,
  };
}

const kib = (b: number) => `${(b / 1024).toFixed(1)} KiB`;

export function renderBundle(b: BundleSizes | null): string[] {
  if (!b) return ['', '### Web bundle', '', 'Not measured: web/dist has no Vite manifest (run `npm run build:web`).'];
  return [
    '',
    `### Web bundle (web/dist built ${b.builtAt}; gzip level 9; route-level code splitting with React.lazy)`,
    '',
    '| Load | Measured | Target |',
    '| --- | ---: | ---: |',
    `| Login page + shell + home page: JavaScript (${b.initial.files} files with CSS, entry and static imports) | ${kib(b.initial.jsGzipBytes)} | ≤ 350 KiB |`,
    `| Login page + shell + home page: JavaScript and CSS | ${kib(b.initial.gzipBytes)} | – |`,
    `| All JavaScript chunks together (loaded per route on demand) | ${kib(b.allJsGzipBytes)} | – |`,
    `| Largest single chunk (\`${b.largestChunk.file}\`) | ${kib(b.largestChunk.gzipBytes)} | – |`,
  ];
}
