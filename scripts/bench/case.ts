import fs from 'node:fs';
import path from 'node:path';
import type pg from 'pg';
import type { HttpRequestSpec } from './load';

/** A running app to measure, and a bare pool to the same database for the floor. */
export interface BenchTarget {
  kind: 'embedded' | 'external';
  url: string;
  pool: pg.Pool;
}

/**
 * One benchmark case. Add a module's case by adding one file to scripts/bench/cases/ whose default
 * export is `defineCase({...})`; files run in name order.
 */
export interface BenchCase<S = unknown> {
  /** Shown in the table, e.g. `GET /api/health`. */
  name: string;
  /** Prepares what the request needs (log in, create rows) on the target; returns the state. */
  setup(target: BenchTarget): Promise<S>;
  /** The HTTP request measured under load. */
  request(state: S): HttpRequestSpec;
  /** The floor: the SQL the route cannot avoid, run the same way through a bare pg Pool (several: concurrently). */
  floor: { label: string; query(state: S): pg.QueryConfig | pg.QueryConfig[] };
}

export function defineCase<S>(c: BenchCase<S>): BenchCase<S> {
  return c;
}

const casesDir = path.join(path.dirname(new URL(import.meta.url).pathname), 'cases');

export async function loadCases(): Promise<BenchCase[]> {
  const files = fs.readdirSync(casesDir).filter((f) => /\.ts$/.test(f) && !f.endsWith('.d.ts')).sort();
  const cases: BenchCase[] = [];
  for (const file of files) {
    const mod = (await import(path.join(casesDir, file))) as { default?: BenchCase };
    if (!mod.default?.name) throw new Error(`scripts/bench/cases/${file} has no default export from defineCase()`);
    cases.push(mod.default);
  }
  return cases;
}

/** Logs a demo account in over HTTP; returns the Cookie header for later requests. */
export async function loginCookie(baseUrl: string, username: string, password = 'Kejiju#2026'): Promise<string> {
  const res = await fetch(`${baseUrl}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  if (res.status !== 200) throw new Error(`login ${username}: ${res.status} ${await res.text()}`);
  return res.headers
    .getSetCookie()
    .map((c) => c.split(';')[0]!)
    .join('; ');
}
