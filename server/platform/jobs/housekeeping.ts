import { lt } from 'drizzle-orm';
import { sessions } from '../../db/schema';
import type { AppContext } from '../context';
import { housekeepingOfModules } from './registry';

/** Periodic clean-up: sessions past their absolute lifetime or idle limit; then each module's upkeep. */
export async function housekeeping(ctx: AppContext): Promise<void> {
  const now = ctx.now();
  const idleCutoff = new Date(now.getTime() - ctx.config.security.sessionIdleMinutes * 60_000);
  await ctx.database.db.delete(sessions).where(lt(sessions.expiresAt, now));
  await ctx.database.db.delete(sessions).where(lt(sessions.lastSeenAt, idleCutoff));
  for (const [name, step] of housekeepingOfModules()) {
    // One module's failure must not stop the others' upkeep (or the next run).
    await step(ctx).catch((err: unknown) => console.error(`[kejiju] housekeeping ${name}:`, err));
  }
}
