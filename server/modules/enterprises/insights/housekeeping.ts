import { registerHousekeeping } from '../../../platform/jobs/registry';
import { todayOf } from '../common/today';
import { unsafeRefreshCandidacies } from './candidacy-store';
import { defaultChunkSize } from './service';

// 发现一批 is kept up to date in the background too, so the first reader after midnight (a new
// day recomputes every enterprise of the database) or after a big import rarely waits for it.
registerHousekeeping('enterprise-candidacies', (ctx) => unsafeRefreshCandidacies(ctx.database.db, todayOf(ctx), defaultChunkSize));
