import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { connect } from '../db/client';
import { startEmbedded, type EmbeddedServer } from '../db/embedded';
import { runMigrations } from '../db/migrate';
import { ensureRegions } from '../db/seed/regions';
import { seedDemoIfEmpty } from '../db/seed/demo';
import { testConfig, testSm4Key } from './config';
import { FieldCipher } from '../platform/crypto/field-cipher';
import { notStartedJobs } from '../platform/jobs/not-started';

declare module 'vitest' {
  export interface ProvidedContext {
    adminUrl: string;
    templateDb: string;
  }
}

const externalDefault = 'postgres://postgres@127.0.0.1:5432/test';

function withDatabase(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}

/**
 * Builds one migrated, seeded template database per run; each test file then clones it
 * (CREATE DATABASE … TEMPLATE), which takes a fraction of a second.
 */
export default async function setup(project: TestProject) {
  const kind = process.env.KEJIJU_TEST_DB === 'embedded' ? 'embedded' : 'external';
  let embedded: EmbeddedServer | null = null;
  let dir: string | null = null;
  let adminUrl: string;
  if (kind === 'embedded') {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kejiju-test-'));
    fs.chmodSync(dir, 0o755);
    embedded = await startEmbedded(dir);
    adminUrl = embedded.url;
  } else {
    adminUrl = process.env.KEJIJU_TEST_PG_URL ?? externalDefault;
  }
  const templateDb = `kejiju_tpl_${process.pid}_${Date.now().toString(36)}`;
  const admin = new pg.Client(adminUrl);
  await admin.connect();
  await admin.query(`create database ${templateDb}`);
  const database = connect(withDatabase(adminUrl, templateDb), kind, 2);
  await runMigrations(database.db);
  await ensureRegions(database.db);
  const config = testConfig();
  await seedDemoIfEmpty({ config, database, cipher: new FieldCipher(testSm4Key), version: 'test', jobs: notStartedJobs, now: () => new Date() });
  await database.close();
  project.provide('adminUrl', adminUrl);
  project.provide('templateDb', templateDb);

  return async () => {
    const leftovers = await admin.query<{ datname: string }>(
      `select datname from pg_database where datname = $1 or datname like $2`,
      [templateDb, `kejiju_t_${templateDb.slice(11)}%`],
    );
    for (const { datname } of leftovers.rows) await admin.query(`drop database if exists ${datname} with (force)`);
    await admin.end();
    if (embedded) await embedded.stop();
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  };
}
