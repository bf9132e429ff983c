#!/usr/bin/env node
// `npm run dev`: the API server (tsx --watch, port 3000) and the Vite dev server (hot reload,
// port 5173, proxies /api to the server) side by side. Ctrl-C stops both.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const children = [];
let stopping = false;

function start(name, args, options) {
  // Own process group: Ctrl-C reaches only this script, which forwards one signal to each child
  // (a second SIGINT would cut the server's clean shutdown of its embedded PostgreSQL short).
  const child = spawn(process.execPath, args, { stdio: 'inherit', detached: true, ...options });
  child.on('exit', (code, signal) => {
    if (!stopping) {
      console.error(`[dev] ${name} 已退出（${signal ?? code}），正在停止全部进程…`);
      stop('SIGTERM', code ?? 1);
    }
  });
  children.push(child);
  return child;
}

function stop(signal, exitCode = 0) {
  stopping = true;
  for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill(signal);
  const timer = setTimeout(() => process.exit(exitCode), 5000);
  timer.unref();
  Promise.all(children.map((c) => (c.exitCode !== null || c.signalCode !== null ? null : new Promise((r) => c.once('exit', r)))))
    .then(() => process.exit(exitCode));
}

for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, () => stop(signal));

const port = process.env.PORT ?? '3000';
const apiUrl = `http://127.0.0.1:${port}`;
// The Vite dev server serves the web app with hot reload; the API server need not build it.
start('server', ['--import', 'tsx', '--watch', 'server/main.ts'], {
  cwd: root,
  env: { ...process.env, PORT: port, KEJIJU_SKIP_WEB_BUILD: process.env.KEJIJU_SKIP_WEB_BUILD ?? '1' },
});
start('vite', [path.join(root, 'node_modules/vite/bin/vite.js'), '--clearScreen', 'false'], {
  cwd: path.join(root, 'web'),
  env: { ...process.env, KEJIJU_API_URL: apiUrl },
});
console.log(`[dev] 开发地址：http://127.0.0.1:5173 （/api 转发到 ${apiUrl}）`);
