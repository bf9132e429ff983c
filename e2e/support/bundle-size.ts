import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

interface ManifestChunk {
  file: string;
  isEntry?: boolean;
  imports?: string[];
  css?: string[];
  src?: string;
}

/**
 * Gzip size of the JS and CSS a browser loads for the entry plus the given lazy chunks (by
 * source path, e.g. 'src/features/auth/LoginPage.tsx'), following static imports.
 */
export function initialLoadSize(distDir: string, lazySources: string[]): { files: string[]; gzipBytes: number } {
  const manifest = JSON.parse(fs.readFileSync(path.join(distDir, '.vite/manifest.json'), 'utf8')) as Record<string, ManifestChunk>;
  const entry = Object.entries(manifest).find(([, c]) => c.isEntry);
  if (!entry) throw new Error('no entry chunk in the Vite manifest');
  const seen = new Set<string>();
  const visit = (key: string) => {
    if (seen.has(key)) return;
    const chunk = manifest[key];
    if (!chunk) throw new Error(`chunk ${key} missing from the Vite manifest`);
    seen.add(key);
    for (const dep of chunk.imports ?? []) visit(dep);
  };
  visit(entry[0]);
  for (const src of lazySources) visit(src);
  const files = [...new Set([...seen].flatMap((k) => [manifest[k]!.file, ...(manifest[k]!.css ?? [])]))];
  const gzipBytes = files.reduce((sum, f) => sum + zlib.gzipSync(fs.readFileSync(path.join(distDir, f)), { level: 9 }).length, 0);
  return { files, gzipBytes };
}
