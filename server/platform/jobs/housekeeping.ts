import { lt } from 'drizzle-orm';
import { sessions } from '../../db/schema';
import type { AppContext } from '../context';

/** Periodic clean-up: sessions past their absolute lifetime or idle limit. */
export async function housekeeping(ctx: AppContext): Promise<void> {
  const now = ctx.now();
  const idleCutoff = new Date(now.getTime() - ctx.config.security.sessionIdleMinutes * 60_000);
  await ctx.database.db.delete(sessions).where(lt(sessions.expiresAt, now));
  await ctx.database.db.delete(sessions).where(lt(sessions.lastSeenAt, idleCutoff));
}
