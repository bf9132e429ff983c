import type { Config } from '../config';
import type { Database } from '../db/client';
import type { FieldCipher } from './crypto/field-cipher';
import type { Jobs } from './jobs/types';

/** Process-wide services handed to every module. Built once in app.ts. */
export interface AppContext {
  config: Config;
  database: Database;
  cipher: FieldCipher;
  version: string;
  /** Queue for long work; set once the process has started its job runner. */
  jobs: Jobs;
  /** Clock seam so tests can move time for idle timeouts, lockouts and expiry. */
  now(): Date;
}
