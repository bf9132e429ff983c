import { migrate } from 'drizzle-orm/node-postgres/migrator';
import { fromRoot } from '../paths';
import type { Db } from './client';

export const migrationsFolder = fromRoot('server/db/migrations');

/** Applies the committed SQL migrations; the same files serve embedded and external PostgreSQL. */
export async function runMigrations(db: Db): Promise<void> {
  await migrate(db, { migrationsFolder });
}
