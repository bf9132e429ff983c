import { registerHousekeeping } from '../../../platform/jobs/registry';
import { todayOf } from '../common/today';
import { candidacyList } from './candidacy-store';
import { unsafeEnsureKept } from './kept-current';
import { reminderList } from './reminder-store';
import { defaultChunkSize } from './service';

// The kept lists are brought up to date in the background too, so the first reader after midnight
// (a new day recomputes every enterprise of the database) or after a big import rarely waits.
registerHousekeeping('enterprise-candidacies', (ctx) => unsafeEnsureKept(ctx.database.db, candidacyList, todayOf(ctx), defaultChunkSize));
registerHousekeeping('enterprise-reminders', (ctx) => unsafeEnsureKept(ctx.database.db, reminderList, todayOf(ctx), defaultChunkSize));
