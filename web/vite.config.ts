import path from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const webDir = path.dirname(fileURLToPath(import.meta.url));
const repoRoot = path.resolve(webDir, '..');
/** Where the dev server forwards /api; scripts/dev.mjs sets it from the server's PORT. */
const apiTarget = process.env.KEJIJU_API_URL ?? 'http://127.0.0.1:3000';

/** Vendor groups: React and the router change rarely, ECharts is only needed by chart pages. */
const vendorGroups = [
  { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler|react-router|react-router-dom)[\\/]/ },
  { name: 'echarts', test: /node_modules[\\/](echarts|zrender)[\\/]/ },
];

export default defineConfig({
  root: webDir,
  plugins: [react()],
  server: {
    host: '127.0.0.1',
    port: 5173,
    proxy: { '/api': { target: apiTarget, changeOrigin: false } },
    // The web app imports shared rules from ../domain.
    fs: { allow: [repoRoot] },
  },
  build: {
    outDir: path.join(webDir, 'dist'),
    emptyOutDir: true,
    // dist/.vite/manifest.json: lets the e2e test measure what the login page and shell load.
    manifest: true,
    chunkSizeWarningLimit: 1200,
    rolldownOptions: {
      output: { codeSplitting: { groups: vendorGroups } },
    },
  },
});
